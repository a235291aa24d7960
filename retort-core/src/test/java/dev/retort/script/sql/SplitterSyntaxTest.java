package dev.retort.script.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SplitterSyntaxTest {
    private static List<String> enabledFlags(SplitterSyntax syntax) throws ReflectiveOperationException {
        List<String> enabled = new ArrayList<>();
        for (RecordComponent component : SplitterSyntax.class.getRecordComponents()) {
            if ((boolean) component.getAccessor().invoke(syntax)) {
                enabled.add(component.getName());
            }
        }
        return enabled;
    }

    private static void assertSetsOnly(String flag, UnaryOperator<SplitterSyntax.Builder> setter)
            throws ReflectiveOperationException {
        assertEquals(
                List.of(flag),
                enabledFlags(setter.apply(SplitterSyntax.builder()).build()));
    }

    @Test
    void standardHasEveryFlagOff() throws ReflectiveOperationException {
        assertEquals(List.of(), enabledFlags(SplitterSyntax.standard()));
        assertEquals(SplitterSyntax.standard(), SplitterSyntax.builder().build());
    }

    @Test
    void eachBuilderMethodSetsItsOwnFlag() throws ReflectiveOperationException {
        assertSetsOnly("dollarQuotes", b -> b.dollarQuotes(true));
        assertSetsOnly("backslashEscapes", b -> b.backslashEscapes(true));
        assertSetsOnly("escapeStringPrefix", b -> b.escapeStringPrefix(true));
        assertSetsOnly("delimiterCommand", b -> b.delimiterCommand(true));
        assertSetsOnly("backtickIdentifiers", b -> b.backtickIdentifiers(true));
        assertSetsOnly("bracketIdentifiers", b -> b.bracketIdentifiers(true));
        assertSetsOnly("nestedBlockComments", b -> b.nestedBlockComments(true));
        assertSetsOnly("hashComments", b -> b.hashComments(true));
        assertSetsOnly("dashCommentNeedsSpace", b -> b.dashCommentNeedsSpace(true));
        assertSetsOnly("compoundBlocks", b -> b.compoundBlocks(true));
        assertSetsOnly("executableComments", b -> b.executableComments(true));
    }

    @Test
    void toBuilderKeepsEveryFlagAndCanTurnOneOff() {
        SplitterSyntax syntax = TestSyntaxes.MYSQL;
        assertEquals(syntax, syntax.toBuilder().build());
        SplitterSyntax withoutHash = syntax.toBuilder().hashComments(false).build();
        assertFalse(withoutHash.hashComments());
        assertTrue(withoutHash.backslashEscapes());
    }
}
