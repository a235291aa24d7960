package dev.retort.autogen;

import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Set;

/**
 * Which tables autogenerate compares: those an include pattern matches (all when there is none),
 * minus those an exclude pattern matches, minus Retort's own bookkeeping tables, always. Patterns
 * are names with {@code *} (any run of characters) and {@code ?} (one character); a table of another
 * schema matches by its qualified name ({@code sales.orders}) or by its own ({@code orders}). Immutable.
 */
public final class TableFilter {
    private final NamePatterns include;
    private final NamePatterns exclude;
    private final Set<String> bookkeeping;

    /**
     * A filter of {@code include} and {@code exclude} patterns that never lets the {@code
     * bookkeeping} tables through (version, history and lease tables).
     */
    public TableFilter(List<String> include, List<String> exclude, Set<String> bookkeeping) {
        this.include = new NamePatterns(include);
        this.exclude = new NamePatterns(exclude);
        this.bookkeeping = Set.copyOf(bookkeeping);
    }

    /** Whether autogenerate compares table {@code name}. */
    public boolean test(String name) {
        if (bookkeeping.contains(name)) {
            return false;
        }
        String local = QualifiedName.localName(name);
        boolean included = include.isEmpty() || include.matches(name) || include.matches(local);
        return included && !exclude.matches(name) && !exclude.matches(local);
    }
}
