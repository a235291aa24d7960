package dev.retort.script.sql;

/** The words the splitter reacts to: routine headers, compound blocks and the DELIMITER command. */
enum Keyword {
    CREATE,
    OR,
    REPLACE,
    TEMP,
    TEMPORARY,
    AGGREGATE,
    CONSTRAINT,
    DEFINER,
    TRIGGER,
    PROCEDURE,
    FUNCTION,
    EVENT,
    BEGIN,
    ATOMIC,
    END,
    CASE,
    IF,
    LOOP,
    WHILE,
    REPEAT,
    FOR,
    THEN,
    ELSE,
    DO,
    ROW,
    DELIMITER;

    private static final Keyword[] ALL = values();

    /** The keyword spelled by {@code text[start..end)} in any case, or null for any other word. */
    static Keyword find(String text, int start, int end) {
        for (Keyword keyword : ALL) {
            if (WordCharacters.equalsIgnoringAsciiCase(text, start, end, keyword.name())) {
                return keyword;
            }
        }
        return null;
    }
}
