package dev.retort.autogen;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which schemas besides the connection's current one autogenerate compares: those an include pattern
 * matches (none when there is no pattern) minus those an exclude pattern matches. The current schema,
 * where the version table lives, is always compared. Patterns are names with {@code *} and {@code ?}.
 * Immutable.
 */
public final class SchemaFilter implements Predicate<String> {
    private final NamePatterns include;
    private final NamePatterns exclude;

    /** A filter of {@code include} and {@code exclude} patterns. */
    public SchemaFilter(List<String> include, List<String> exclude) {
        this.include = new NamePatterns(include);
        this.exclude = new NamePatterns(exclude);
    }

    /** Whether any schema besides the current one can be compared. */
    public boolean includesOthers() {
        return !include.isEmpty();
    }

    /** Whether autogenerate compares schema {@code name} (one besides the current schema). */
    @Override
    public boolean test(String name) {
        return include.matches(name) && !exclude.matches(name);
    }
}
