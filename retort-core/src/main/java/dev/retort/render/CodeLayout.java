package dev.retort.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link Code} as Java statements the way the project's formatter would: on one line when it
 * fits in {@value #WIDTH} characters, else one argument a line with an 8-space continuation,
 * chained calls one a line, a trailing lambda kept on the call's line, long strings split into
 * concatenated pieces (after each newline, else between words). One thread at a time.
 */
final class CodeLayout {
    /** The widest line wanted. */
    static final int WIDTH = 120;

    private static final int CONTINUATION = 8;
    private static final int BLOCK = 4;
    /** The longest piece of a split string literal, escaped, without its quotes. */
    private static final int PIECE = 80;
    /** The shortest piece, however deep the literal sits. */
    private static final int SHORTEST_PIECE = 20;

    private final String indent;
    private final StringBuilder out = new StringBuilder();
    private int lineStart;

    private CodeLayout(String indent) {
        this.indent = indent;
        out.append(indent);
    }

    /** {@code code} as a statement: every line starts with {@code indent}; it ends with ";\n". */
    static String statement(Code code, String indent) {
        CodeLayout layout = new CodeLayout(indent);
        layout.statement(code, 0);
        return layout.out.append('\n').toString();
    }

    private void statement(Code code, int extra) {
        if (code instanceof Code.Block block) {
            out.append('{');
            for (Code inner : block.statements()) {
                newline(extra + BLOCK);
                statement(inner, extra + BLOCK);
            }
            newline(extra);
            out.append('}');
        } else {
            write(code, extra, 1);
            out.append(';');
        }
    }

    private int column() {
        return out.length() - lineStart;
    }

    private void newline(int extra) {
        out.append('\n');
        lineStart = out.length();
        out.append(indent).append(" ".repeat(extra));
    }

    private boolean fits(String text, int trailing) {
        return column() + text.length() + trailing <= WIDTH;
    }

    /** Writes {@code code}, knowing that {@code trailing} characters follow it on its last line. */
    private void write(Code code, int extra, int trailing) {
        if (!breaks(code) && fits(flat(code), trailing)) {
            out.append(flat(code));
        } else if (code instanceof Code.Str str) {
            writeString(str.value(), extra, trailing);
        } else if (code instanceof Code.Call call) {
            writeCall(call, extra, trailing, extra + CONTINUATION);
        } else if (code instanceof Code.Chain chain) {
            writeChain(chain, extra, trailing);
        } else if (code instanceof Code.Lambda lambda) {
            out.append(lambda.parameter()).append(" -> ");
            write(lambda.body(), extra, trailing);
        } else {
            out.append(flat(code));
        }
    }

    private void writeCall(Code.Call call, int extra, int trailing, int argumentExtra) {
        out.append(call.name()).append('(');
        List<Code> arguments = call.arguments();
        if (!call.eachOnALine() && hugsLambda(arguments)) {
            for (Code argument : arguments.subList(0, arguments.size() - 1)) {
                out.append(flat(argument)).append(", ");
            }
            write(arguments.get(arguments.size() - 1), extra, trailing + 1);
            out.append(')');
            return;
        }
        for (int i = 0; i < arguments.size(); i++) {
            boolean last = i == arguments.size() - 1;
            newline(argumentExtra);
            write(arguments.get(i), argumentExtra, last ? trailing + 1 : 1);
            out.append(last ? ")" : ",");
        }
        if (arguments.isEmpty()) {
            out.append(')');
        }
    }

    /** Whether the last argument is a lambda that can start on this line after all the others. */
    private boolean hugsLambda(List<Code> arguments) {
        if (arguments.isEmpty() || !(arguments.get(arguments.size() - 1) instanceof Code.Lambda lambda)) {
            return false;
        }
        StringBuilder line = new StringBuilder();
        for (Code argument : arguments.subList(0, arguments.size() - 1)) {
            if (breaks(argument)) {
                return false;
            }
            line.append(flat(argument)).append(", ");
        }
        line.append(lambda.parameter()).append(" -> ");
        if (lambda.body() instanceof Code.Chain chain && chain.head() instanceof Code.Text head) {
            line.append(head.text()).append('.').append(flat(chain.calls().get(0)));
        } else {
            line.append(flat(lambda.body()));
        }
        return fits(line.toString(), 0);
    }

    private void writeChain(Code.Chain chain, int extra, int trailing) {
        List<Code.Call> calls = chain.calls();
        int first = 0;
        if (chain.head() instanceof Code.Text head) {
            out.append(head.text()).append('.');
            write(calls.get(0), extra + CONTINUATION, calls.size() == 1 ? trailing : 0);
            first = 1;
        } else if (chain.head() instanceof Code.Call head && (breaks(head) || !fits(flat(head), 0))) {
            // the head's arguments go deeper than the chained calls, so the two stay apart
            writeCall(head, extra, 0, extra + 2 * CONTINUATION);
        } else {
            write(chain.head(), extra, 0);
        }
        for (int i = first; i < calls.size(); i++) {
            newline(extra + CONTINUATION);
            out.append('.');
            write(calls.get(i), extra + CONTINUATION, i == calls.size() - 1 ? trailing : 0);
        }
    }

    private void writeString(String value, int extra, int trailing) {
        // room for the quotes and for what follows the last piece, such as "));"
        int start = Math.max(column(), indent.length() + extra + CONTINUATION + "+ ".length());
        int room = Math.max(SHORTEST_PIECE, Math.min(PIECE, WIDTH - start - 2 - trailing));
        List<String> pieces = pieces(value, room);
        out.append(Literals.quote(pieces.get(0)));
        for (String piece : pieces.subList(1, pieces.size())) {
            newline(extra + CONTINUATION);
            out.append("+ ").append(Literals.quote(piece));
        }
    }

    /** {@code value} cut after each newline, and where longer than {@code room} escaped, between words. */
    static List<String> pieces(String value, int room) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n' && i + 1 < value.length()) {
                cutLong(value.substring(start, i + 1), room, pieces);
                start = i + 1;
            }
        }
        cutLong(value.substring(start), room, pieces);
        return pieces;
    }

    private static void cutLong(String text, int room, List<String> pieces) {
        String rest = text;
        while (Literals.escape(rest).length() > room) {
            int cut = cutPoint(rest, room);
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        pieces.add(rest);
    }

    /** Where to cut {@code text}: after the last space that keeps the piece short, else at its limit. */
    private static int cutPoint(String text, int room) {
        int length = 0;
        int afterSpace = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            length += Literals.escape(new String(Character.toChars(codePoint))).length();
            if (length > room) {
                break;
            }
            i += Character.charCount(codePoint);
            if (codePoint == ' ') {
                afterSpace = i;
            }
        }
        return afterSpace > 0 ? afterSpace : Math.max(i, 1);
    }

    /** Whether {@code code} must be broken over lines whatever its width. */
    private static boolean breaks(Code code) {
        if (code instanceof Code.Call call) {
            return call.eachOnALine() || call.arguments().stream().anyMatch(CodeLayout::breaks);
        } else if (code instanceof Code.Chain chain) {
            return breaks(chain.head()) || chain.calls().stream().anyMatch(CodeLayout::breaks);
        } else if (code instanceof Code.Lambda lambda) {
            return breaks(lambda.body());
        }
        return code instanceof Code.Block;
    }

    /** {@code code} on one line. */
    static String flat(Code code) {
        if (code instanceof Code.Text text) {
            return text.text();
        } else if (code instanceof Code.Str str) {
            return Literals.quote(str.value());
        } else if (code instanceof Code.Call call) {
            StringBuilder line = new StringBuilder(call.name()).append('(');
            for (int i = 0; i < call.arguments().size(); i++) {
                line.append(i == 0 ? "" : ", ").append(flat(call.arguments().get(i)));
            }
            return line.append(')').toString();
        } else if (code instanceof Code.Chain chain) {
            StringBuilder line = new StringBuilder(flat(chain.head()));
            chain.calls().forEach(call -> line.append('.').append(flat(call)));
            return line.toString();
        } else if (code instanceof Code.Lambda lambda) {
            return lambda.parameter() + " -> " + flat(lambda.body());
        }
        throw new IllegalArgumentException("a block has no one-line form");
    }
}
