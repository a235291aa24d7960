package dev.retort.dialect.sqlite;

import dev.retort.dialect.sqlite.SqliteTokens.Token;
import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An index read from the {@code CREATE INDEX} statement SQLite keeps: whether it is unique, its
 * elements (a column name, with its order, or an expression as written) and its {@code WHERE}.
 */
final class SqliteIndexSql {
    private SqliteIndexSql() {}

    /** The index {@code name} on {@code table} that {@code sql} creates. */
    static Index parse(String name, String table, String sql) {
        List<Token> tokens = SqliteTokens.of(sql);
        boolean unique = tokens.size() > 1 && tokens.get(1).is("UNIQUE");
        int on = 0;
        while (on < tokens.size() && !tokens.get(on).is("ON")) {
            on++;
        }
        int open = on;
        while (open < tokens.size() && !tokens.get(open).isSymbol('(')) {
            open++;
        }
        int close = SqliteTokens.closing(tokens, open);
        List<String> elements = new ArrayList<>();
        for (List<Token> part : SqliteTokens.split(tokens, open + 1, close)) {
            elements.add(element(sql, part));
        }
        Optional<String> where = Optional.empty();
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE")) {
            where = Optional.of(SqliteTokens.text(sql, tokens, close + 2, tokens.size() - 1));
        }
        return new Index(name, table, elements, unique, where, List.of(), Optional.empty());
    }

    /** A column name with its order ({@code email DESC}), or else the element's text. */
    private static String element(String sql, List<Token> part) {
        Token first = part.get(0);
        if (first.isName() && part.size() == 1) {
            return first.name();
        }
        if (first.isName()
                && part.size() == 2
                && (part.get(1).is("ASC") || part.get(1).is("DESC"))) {
            return first.name() + " " + part.get(1).text().toUpperCase(Locale.ROOT);
        }
        return SqliteTokens.text(sql, part, 0, part.size() - 1);
    }
}
