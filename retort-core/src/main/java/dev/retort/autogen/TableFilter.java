package dev.retort.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tables autogenerate compares: those an include pattern matches (all when there is none),
 * minus those an exclude pattern matches, minus Retort's own bookkeeping tables, always. Patterns
 * are names with {@code *} (any run of characters) and {@code ?} (one character). Immutable.
 */
public final class TableFilter {
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Set<String> bookkeeping;

    /**
     * A filter of {@code include} and {@code exclude} patterns that never lets the {@code
     * bookkeeping} tables through (version, history and lease tables).
     */
    public TableFilter(List<String> include, List<String> exclude, Set<String> bookkeeping) {
        this.include = patterns(include);
        this.exclude = patterns(exclude);
        this.bookkeeping = Set.copyOf(bookkeeping);
    }

    /** Whether autogenerate compares table {@code name}. */
    public boolean test(String name) {
        if (bookkeeping.contains(name)) {
            return false;
        }
        boolean included = include.isEmpty()
                || include.stream().anyMatch(p -> p.matcher(name).matches());
        return included && exclude.stream().noneMatch(p -> p.matcher(name).matches());
    }

    private static List<Pattern> patterns(List<String> globs) {
        List<Pattern> patterns = new ArrayList<>();
        for (String glob : globs) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                switch (c) {
                    case '*' -> regex.append(".*");
                    case '?' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
        return List.copyOf(patterns);
    }
}
