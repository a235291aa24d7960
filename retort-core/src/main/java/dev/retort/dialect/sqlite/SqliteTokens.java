package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one SQLite statement, with where each is in the text: enough to read the
 * definitions SQLite keeps only as SQL (constraint names, checks, AUTOINCREMENT, index elements).
 * Comments and white space are left out.
 */
final class SqliteTokens {
    /** What a token is. */
    enum Kind {
        /** A bare word: a keyword or an unquoted name. */
        WORD,
        /** A quoted name: {@code "a"}, {@code `a`} or {@code [a]}. */
        QUOTED,
        /** A string literal. */
        STRING,
        /** A number. */
        NUMBER,
        /** A blob literal, {@code X'0A'}. */
        BLOB,
        /** Any other character: parentheses, commas, operators. */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text its text as written
     * @param start where it starts in the statement
     * @param end where it ends (exclusive)
     */
    record Token(Kind kind, String text, int start, int end) {
        /** Whether this is the bare word {@code word}, in any case. */
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this is the symbol {@code symbol}. */
        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }

        /** Whether this can be a name: a word or a quoted name. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The name this token stands for: a quoted name without its quotes, a word as is. */
        String name() {
            if (kind == Kind.QUOTED) {
                char open = text.charAt(0);
                String inner = text.substring(1, text.length() - 1);
                return open == '[' ? inner : inner.replace("" + open + open, "" + open);
            }
            if (kind == Kind.STRING) {
                return text.substring(1, text.length() - 1).replace("''", "'");
            }
            return text;
        }
    }

    private SqliteTokens() {}

    /** The tokens of {@code sql}. */
    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
                continue;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
                continue;
            }
            Kind kind;
            if (c == '\'') {
                kind = Kind.STRING;
                i = quoted(sql, i, '\'');
            } else if (c == '"' || c == '`') {
                kind = Kind.QUOTED;
                i = quoted(sql, i, c);
            } else if (c == '[') {
                kind = Kind.QUOTED;
                int end = sql.indexOf(']', i);
                i = end < 0 ? length : end + 1;
            } else if ((c == 'x' || c == 'X') && i + 1 < length && sql.charAt(i + 1) == '\'') {
                kind = Kind.BLOB;
                i = quoted(sql, i + 1, '\'');
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
                kind = Kind.NUMBER;
                i = number(sql, i);
            } else if (isWordCharacter(c)) {
                kind = Kind.WORD;
                while (i < length && (isWordCharacter(sql.charAt(i)) || Character.isDigit(sql.charAt(i)))) {
                    i++;
                }
            } else {
                kind = Kind.SYMBOL;
                i++;
            }
            tokens.add(new Token(kind, sql.substring(start, i), start, i));
        }
        return tokens;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c > 127;
    }

    /** The end of the quoted text that opens at {@code start}, where a doubled quote stays inside. */
    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int number(String sql, int start) {
        int i = start;
        if (sql.startsWith("0x", i) || sql.startsWith("0X", i)) {
            i += 2;
            while (i < sql.length() && Character.digit(sql.charAt(i), 16) >= 0) {
                i++;
            }
            return i;
        }
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                i = exponent;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or the last token. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The tokens from {@code from} to {@code to} (exclusive), split at commas outside parentheses. */
    static List<List<Token>> split(List<Token> tokens, int from, int to) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (token.isSymbol(',') && depth == 0) {
                parts.add(part);
                part = new ArrayList<>();
                continue;
            }
            part.add(token);
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** The statement's text from the start of token {@code from} to the end of token {@code to}. */
    static String text(String sql, List<Token> tokens, int from, int to) {
        if (from > to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
