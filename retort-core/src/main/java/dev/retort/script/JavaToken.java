package dev.retort.script;

/**
 * One token of Java source, as far as the script reader needs to tell them apart.
 *
 * @param kind what sort of token it is
 * @param text the identifier, the symbol, the decoded value of a string or text block, or the raw
 *     text of any other literal
 * @param line the 1-based line the token starts on
 */
record JavaToken(Kind kind, String text, int line) {
    /** What sort of token. */
    enum Kind {
        /** A name or keyword. */
        IDENTIFIER,
        /** A string literal, decoded. */
        STRING,
        /** A text block, decoded. */
        TEXT_BLOCK,
        /** A number or character literal, raw. */
        OTHER_LITERAL,
        /** One punctuation or operator character. */
        SYMBOL
    }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    boolean isIdentifier(String name) {
        return is(Kind.IDENTIFIER, name);
    }

    /** The token as written, for messages. */
    String display() {
        return switch (kind) {
            case STRING -> "\"" + text + "\"";
            case TEXT_BLOCK -> "\"\"\"...\"\"\"";
            default -> text;
        };
    }
}
