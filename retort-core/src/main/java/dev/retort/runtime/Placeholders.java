package dev.retort.runtime;

import java.util.List;
import java.util.function.Function;

/**
 * Writes values into the {@code ?} placeholders of a statement for an offline script, leaving
 * question marks inside quotes and comments alone.
 */
final class Placeholders {
    private Placeholders() {}

    /**
     * {@code sql} with its placeholders replaced, in order, by {@code literal} of each value.
     *
     * @throws IllegalArgumentException when the counts differ
     */
    static String fill(String sql, List<Object> values, Function<Object, String> literal) {
        StringBuilder out = new StringBuilder(sql.length() + 16 * values.size());
        int next = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end - 1;
            } else if (c == '?') {
                if (next >= values.size()) {
                    throw new IllegalArgumentException("the statement has more ? placeholders than the " + values.size()
                            + " values given: " + sql);
                }
                out.append(literal.apply(values.get(next++)));
            } else {
                out.append(c);
            }
        }
        if (next != values.size()) {
            throw new IllegalArgumentException(
                    "the statement has " + next + " ? placeholders but " + values.size() + " values: " + sql);
        }
        return out.toString();
    }
}
