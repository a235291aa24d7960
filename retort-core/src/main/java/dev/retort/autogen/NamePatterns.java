package dev.retort.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names with {@code *} (any run of characters) and {@code ?} (one character), as {@code retort.toml}'s
 * include and exclude lists write them. Immutable.
 */
final class NamePatterns {
    private final List<Pattern> patterns;

    NamePatterns(List<String> globs) {
        List<Pattern> compiled = new ArrayList<>();
        for (String glob : globs) {
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                switch (c) {
                    case '*' -> regex.append(".*");
                    case '?' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            compiled.add(Pattern.compile(regex.toString()));
        }
        this.patterns = List.copyOf(compiled);
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether any pattern matches all of {@code name}. */
    boolean matches(String name) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }
}
