package dev.retort.script.sql;

import dev.retort.script.sql.StatementSplitException.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@link StatementSplitter#split}: walks the text once, character by character, and
 * cuts a statement at each delimiter that is outside quotes, comments and compound blocks. One
 * thread, one use.
 */
final class Scan {
    private static final String STANDARD_DELIMITER = ";";

    private final String sql;
    private final SplitterSyntax syntax;
    private final LineCounter lines;
    private final Lexer lexer;
    private final BlockTracker blocks = new BlockTracker();
    private final List<Statement> statements = new ArrayList<>();
    private String delimiter = STANDARD_DELIMITER;
    /** Where the current statement's first token starts, or -1 before it has one. */
    private int start = -1;
    /** Where the current statement's last token so far ends. */
    private int end;

    Scan(String sql, SplitterSyntax syntax, int firstLineNumber) {
        this.sql = sql;
        this.syntax = syntax;
        this.lines = new LineCounter(sql, firstLineNumber);
        this.lexer = new Lexer(sql, syntax, lines);
    }

    List<Statement> statements() {
        int offset = 0;
        while (offset < sql.length()) {
            offset = step(offset);
        }
        if (blocks.isOpen()) {
            OpenBlock block = blocks.outermost();
            throw new StatementSplitException(
                    Kind.UNTERMINATED_COMPOUND_BLOCK,
                    lines.positionOf(block.offset()),
                    block.opener() + " has no matching " + block.closer());
        }
        endStatement("");
        return List.copyOf(statements);
    }

    /** Consumes whatever starts at {@code offset} and returns where the next thing starts. */
    private int step(int offset) {
        char c = sql.charAt(offset);
        if (isDelimiterAt(offset) && !blocks.isOpen()) {
            endStatement(delimiter);
            return offset + delimiter.length();
        }
        if (Character.isWhitespace(c)) {
            return offset + 1;
        }
        int commentEnd = lexer.commentEnd(offset);
        if (commentEnd >= 0) {
            if (lexer.isExecutableComment(offset)) {
                beginToken(offset);
                blocks.other();
                end = commentEnd;
            }
            return commentEnd;
        }
        int wordEnd = WordCharacters.isStart(c) ? wordEnd(offset) : offset + 1;
        if (start < 0 && syntax.delimiterCommand() && Keyword.find(sql, offset, wordEnd) == Keyword.DELIMITER) {
            DelimiterCommand command = DelimiterCommand.read(sql, offset, wordEnd, lines);
            delimiter = command.delimiter();
            return command.end();
        }
        beginToken(offset);
        end = WordCharacters.isStart(c) ? afterWord(offset, wordEnd) : afterNonWord(offset);
        return end;
    }

    private boolean isDelimiterAt(int offset) {
        return sql.charAt(offset) == delimiter.charAt(0) && sql.startsWith(delimiter, offset);
    }

    private void beginToken(int offset) {
        if (start < 0) {
            start = offset;
            // A custom delimiter ends statements by itself; blocks matter only while ';' does.
            blocks.reset(syntax.compoundBlocks() && delimiter.equals(STANDARD_DELIMITER));
        }
    }

    private int afterWord(int offset, int wordEnd) {
        char c = sql.charAt(offset);
        boolean isEscapePrefix = wordEnd == offset + 1 && (c == 'E' || c == 'e');
        if (isEscapePrefix && syntax.escapeStringPrefix() && wordEnd < sql.length() && sql.charAt(wordEnd) == '\'') {
            blocks.other();
            return lexer.quotedEnd(wordEnd, true, offset);
        }
        blocks.word(sql, offset, wordEnd);
        return wordEnd;
    }

    private int afterNonWord(int offset) {
        char c = sql.charAt(offset);
        int tokenEnd = quotedOrNumberEnd(offset, c);
        if (tokenEnd > offset) {
            blocks.other();
            return tokenEnd;
        }
        blocks.symbol(c);
        return offset + 1;
    }

    /** The end of the quoted text or number starting at {@code offset}, or -1 when it is neither. */
    private int quotedOrNumberEnd(int offset, char c) {
        if (c == '\'' || c == '"') {
            return lexer.quotedEnd(offset, syntax.backslashEscapes());
        }
        if (c == '`' && syntax.backtickIdentifiers()) {
            return lexer.quotedEnd(offset, false);
        }
        if (c == '[' && syntax.bracketIdentifiers()) {
            return lexer.bracketEnd(offset);
        }
        if (c == '$' && syntax.dollarQuotes()) {
            int tagEnd = lexer.dollarTagEnd(offset);
            return tagEnd < 0 ? -1 : lexer.dollarQuoteEnd(offset, tagEnd);
        }
        // A number runs like a word, so that '1e5' yields no word 'e5'.
        return Character.isDigit(c) ? wordEnd(offset) : -1;
    }

    /** Where the word starting at {@code offset} ends; a custom delimiter such as $$ cuts it short. */
    private int wordEnd(int offset) {
        int i = offset + 1;
        while (i < sql.length() && WordCharacters.isPart(sql.charAt(i)) && !isDelimiterAt(i)) {
            i++;
        }
        return i;
    }

    private void endStatement(String terminator) {
        if (start >= 0) {
            Position position = lines.positionOf(start);
            statements.add(new Statement(sql.substring(start, end), position.line(), position.column(), terminator));
        }
        start = -1;
        blocks.reset(false);
    }
}
