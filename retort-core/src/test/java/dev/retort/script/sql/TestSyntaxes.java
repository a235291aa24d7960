package dev.retort.script.sql;

import java.util.List;

/** The syntaxes the three supported databases' dialects are expected to supply, and a shorthand. */
final class TestSyntaxes {
    static final SplitterSyntax STANDARD = SplitterSyntax.standard();

    static final SplitterSyntax POSTGRES = SplitterSyntax.builder()
            .dollarQuotes(true)
            .escapeStringPrefix(true)
            .nestedBlockComments(true)
            .compoundBlocks(true)
            .build();

    static final SplitterSyntax MYSQL = SplitterSyntax.builder()
            .backslashEscapes(true)
            .delimiterCommand(true)
            .backtickIdentifiers(true)
            .hashComments(true)
            .dashCommentNeedsSpace(true)
            .compoundBlocks(true)
            .executableComments(true)
            .build();

    static final SplitterSyntax SQLITE = SplitterSyntax.builder()
            .backtickIdentifiers(true)
            .bracketIdentifiers(true)
            .compoundBlocks(true)
            .build();

    private TestSyntaxes() {}

    /** The texts of the statements {@code sql} splits into under {@code syntax}. */
    static List<String> texts(SplitterSyntax syntax, String sql) {
        return new StatementSplitter(syntax)
                .split(sql).stream().map(Statement::text).toList();
    }
}
