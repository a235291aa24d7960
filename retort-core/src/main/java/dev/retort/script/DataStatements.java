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
 * in a string. Stateless.
 */
public final class DataStatements {
    private static final Set<String> DATA_VERBS = Set.of("insert", "update", "delete", "merge", "replace", "copy");
    private static final Pattern LEADING_COMMENTS =
            Pattern.compile("^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*", Pattern.DOTALL);
    private static final Pattern JAVA_DATA = Pattern.compile(
            "\\.bulkInsert\\s*\\(|\"\\s*(insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from|merge\\s+into)\\b",
            Pattern.CASE_INSENSITIVE);

    private DataStatements() {}

    /** Whether {@code script}'s upgrade holds statements that change rows; SQL is split with {@code syntax}. */
    public static boolean in(MigrationScript script, SplitterSyntax syntax) {
        if (script.body() instanceof JavaBody java) {
            return java.source().map(source -> JAVA_DATA.matcher(source).find()).orElse(false);
        }
        SqlBody sql = (SqlBody) script.body();
        try {
            for (Statement statement :
                    new StatementSplitter(syntax).split(sql.upgrade().text())) {
                if (DATA_VERBS.contains(firstWord(statement.text()))) {
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
