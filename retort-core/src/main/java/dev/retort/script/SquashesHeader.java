package dev.retort.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a squash baseline's {@code Squashes} into a script rendered from a project template that
 * predates the {@code ${squashes}} placeholder: a header line after {@code -- Revision:} in SQL, a
 * member first in {@code @Revision(} in Java. Stateless.
 */
final class SquashesHeader {
    private static final Pattern SQL_REVISION_LINE = Pattern.compile("(?m)^--\\s*Revision\\s*:.*$");
    private static final Pattern JAVA_ANNOTATION = Pattern.compile("@(dev\\.retort\\.ops\\.)?Revision\\s*\\(");

    private SquashesHeader() {}

    /** {@code text} with the header added; unchanged when there is no place for it (the read-back check then says so). */
    static String insert(String text, NewRevision request) {
        if (request.format() == ScriptFormat.JAVA) {
            Matcher annotation = JAVA_ANNOTATION.matcher(text);
            if (!annotation.find()) {
                return text;
            }
            return text.substring(0, annotation.end()) + "squashes = {" + JavaLiterals.strings(request.squashes())
                    + "}, " + text.substring(annotation.end());
        }
        Matcher revision = SQL_REVISION_LINE.matcher(text);
        if (!revision.find()) {
            return text;
        }
        return text.substring(0, revision.end()) + "\n-- Squashes: " + String.join(", ", request.squashes())
                + text.substring(revision.end());
    }
}
