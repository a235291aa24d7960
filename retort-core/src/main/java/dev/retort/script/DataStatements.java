package dev.retort.script;

import dev.retort.script.sql.SplitterSyntax;
import dev.retort.script.sql.Statement;
import dev.retort.script.sql.StatementSplitException;
import dev.retort.script.sql.StatementSplitter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a script's upgrade changes rows as well as the schema (seed data, backfills): a simple
 * scan, for {@code retort squash} to say which data a baseline built from the schema leaves out. An
 * SQL script counts when one of its upgrade statements starts with INSERT, UPDATE, DELETE, MERGE,
 * REPLACE or COPY; a Java script when its source calls {@code bulkInsert} or holds such a statement
 * in a string. {@link #addsRows} tells the statements that make rows (all but UPDATE and DELETE)
 * from those that only change rows already there. Stateless.
 */
public final class DataStatements {
    private static final Set<String> DATA_VERBS = Set.of("insert", "update", "delete", "merge", "replace", "copy");
    private static final Set<String> ROW_MAKING_VERBS = Set.of("insert", "merge", "replace", "copy");
    private static final Pattern LEADING_COMMENTS =
            Pattern.compile("^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*", Pattern.DOTALL);
    private static final Pattern JAVA_DATA = Pattern.compile(
            "\\.bulkInsert\\s*\\(|\"\\s*(insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from|merge\\s+into)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVA_ROW_MAKING =
            Pattern.compile("\\.bulkInsert\\s*\\(|\"\\s*(insert\\s+into|merge\\s+into)\\b", Pattern.CASE_INSENSITIVE);

    private DataStatements() {}

    /** Whether {@code script}'s upgrade holds statements that change rows; SQL is split with {@code syntax}. */
    public static boolean in(MigrationScript script, SplitterSyntax syntax) {
        return scan(script, syntax, DATA_VERBS, JAVA_DATA);
    }

    /**
     * Whether {@code script}'s upgrade holds statements that make rows (INSERT, MERGE, REPLACE, COPY,
     * {@code bulkInsert}); UPDATE and DELETE alone find no rows in a database that starts empty.
     */
    public static boolean addsRows(MigrationScript script, SplitterSyntax syntax) {
        return scan(script, syntax, ROW_MAKING_VERBS, JAVA_ROW_MAKING);
    }

    private static boolean scan(MigrationScript script, SplitterSyntax syntax, Set<String> verbs, Pattern java) {
        if (script.body() instanceof JavaBody javaBody) {
            return javaBody.source().map(source -> java.matcher(source).find()).orElse(false);
        }
        SqlBody sql = (SqlBody) script.body();
        try {
            for (Statement statement :
                    new StatementSplitter(syntax).split(sql.upgrade().text())) {
                if (verbs.contains(firstWord(statement.text()))) {
                    return true;
                }
            }
            return false;
        } catch (StatementSplitException e) {
            return false;
        }
    }

    private static String firstWord(String statement) {
        String text = LEADING_COMMENTS.matcher(statement).replaceFirst("");
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
