package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java source into tokens, skipping whitespace and comments, so that nothing inside a
 * comment, string, character literal or text block is mistaken for code. Operators come out one
 * character at a time; the script reader needs only names, literals and brackets.
 */
final class JavaLexer {
    private final Path file;
    private final String text;
    private final List<JavaToken> tokens = new ArrayList<>();
    private int position;
    private int line = 1;

    private JavaLexer(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * The tokens of {@code text}, whose line ends are already {@code \n}.
     *
     * @throws InvalidScriptException for an unterminated comment, string or text block, or a bad
     *     escape in a string
     */
    static List<JavaToken> tokens(Path file, String text) {
        JavaLexer lexer = new JavaLexer(file, text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\n') {
                line++;
                position++;
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '/' && peek(1) == '/') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '"' && peek(1) == '"' && peek(2) == '"') {
                textBlock();
            } else if (c == '"') {
                string();
            } else if (c == '\'') {
                characterLiteral();
            } else if (Character.isJavaIdentifierStart(c)) {
                identifier();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                number();
            } else {
                tokens.add(new JavaToken(JavaToken.Kind.SYMBOL, String.valueOf(c), line));
                position++;
            }
        }
    }

    private char peek(int ahead) {
        int at = position + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipLineComment() {
        int end = text.indexOf('\n', position);
        position = end < 0 ? text.length() : end;
    }

    private void skipBlockComment() {
        int start = line;
        int end = text.indexOf("*/", position + 2);
        if (end < 0) {
            throw fail(start, "unterminated comment: '/*' without '*/'");
        }
        countLines(position, end + 2);
        position = end + 2;
    }

    private void identifier() {
        int start = position;
        position++;
        while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
            position++;
        }
        tokens.add(new JavaToken(JavaToken.Kind.IDENTIFIER, text.substring(start, position), line));
    }

    private void number() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(text.charAt(position - 1)) >= 0;
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && !exponentSign) {
                break;
            }
            position++;
        }
        tokens.add(new JavaToken(JavaToken.Kind.OTHER_LITERAL, text.substring(start, position), line));
    }

    private void characterLiteral() {
        int start = position;
        int end = closingQuote('\'', "character literal");
        position = end + 1;
        tokens.add(new JavaToken(JavaToken.Kind.OTHER_LITERAL, text.substring(start, position), line));
    }

    private void string() {
        int end = closingQuote('"', "string");
        String raw = text.substring(position + 1, end);
        tokens.add(new JavaToken(JavaToken.Kind.STRING, decode(raw, line), line));
        position = end + 1;
    }

    /** The index of the quote that ends the literal opened at {@code position}, on the same line. */
    private int closingQuote(char quote, String what) {
        for (int i = position + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                break;
            }
        }
        throw fail(line, "unterminated " + what + ": it needs a closing " + quote + " on the same line");
    }

    private void textBlock() {
        int start = line;
        int contentStart = position + 3;
        while (contentStart < text.length() && text.charAt(contentStart) != '\n') {
            if (!Character.isWhitespace(text.charAt(contentStart))) {
                throw fail(start, "a text block's opening \"\"\" must end its line");
            }
            contentStart++;
        }
        contentStart++;
        int end = -1;
        for (int i = contentStart; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' && text.charAt(i + 1) == '"' && text.charAt(i + 2) == '"') {
                end = i;
                break;
            }
        }
        if (contentStart > text.length() || end < 0) {
            throw fail(start, "unterminated text block: '\"\"\"' without a closing '\"\"\"'");
        }
        String raw = text.substring(contentStart, end);
        countLines(position, end + 3);
        position = end + 3;
        tokens.add(new JavaToken(JavaToken.Kind.TEXT_BLOCK, decode(raw.stripIndent(), start), start));
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }

    /** Interprets Java's escapes: unicode escapes first, as the compiler does, then the others. */
    private String decode(String raw, int at) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try {
            return unicodeEscapes(raw).translateEscapes();
        } catch (IllegalArgumentException e) {
            throw fail(at, "bad escape in a string: " + e.getMessage());
        }
    }

    private String unicodeEscapes(String raw) {
        if (!raw.contains("\\u")) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int backslashes = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 'u' && backslashes % 2 == 1) {
                int digits = i;
                while (digits < raw.length() && raw.charAt(digits) == 'u') {
                    digits++;
                }
                if (digits + 4 > raw.length()) {
                    throw new IllegalArgumentException("incomplete unicode escape");
                }
                out.setLength(out.length() - 1);
                try {
                    out.append((char) Integer.parseInt(raw.substring(digits, digits + 4), 16));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "bad unicode escape '\\u" + raw.substring(digits, digits + 4) + "'");
                }
                i = digits + 3;
                backslashes = 0;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private InvalidScriptException fail(int at, String message) {
        return new InvalidScriptException(file, at, message);
    }
}
