package dev.retort.script;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a revision message into the file-name slug Alembic would use: words joined by underscores. */
final class Slugs {
    /** Slugs longer than this are cut at a word boundary, as Alembic's {@code truncate_slug_length}. */
    static final int MAX_LENGTH = 40;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private Slugs() {}

    static String of(String message) {
        StringBuilder slug = new StringBuilder();
        Matcher words = WORD.matcher(message == null ? "" : message);
        while (words.find()) {
            if (slug.length() > 0) {
                slug.append('_');
            }
            slug.append(words.group().toLowerCase(Locale.ROOT));
        }
        if (slug.length() > MAX_LENGTH) {
            String cut = slug.substring(0, MAX_LENGTH);
            int lastUnderscore = cut.lastIndexOf('_');
            return (lastUnderscore > 0 ? cut.substring(0, lastUnderscore) : cut) + "_";
        }
        return slug.toString();
    }
}
