package dev.retort.script.sql;

/**
 * Turns offsets in script text into lines and columns. Queries usually move forward, so it counts
 * on from the last answer and a whole split stays linear. One thread at a time.
 */
final class LineCounter {
    private final String text;
    private final int firstLine;
    private int offset;
    private int line;
    private int column;

    LineCounter(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        rewind();
    }

    Position positionOf(int target) {
        if (target < offset) {
            rewind();
        }
        while (offset < target) {
            advanceOver(text.charAt(offset));
            offset++;
        }
        return new Position(line, column);
    }

    private void rewind() {
        offset = 0;
        line = firstLine;
        column = 1;
    }

    private void advanceOver(char c) {
        boolean crBeforeLf = c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n';
        if (c == '\n' || (c == '\r' && !crBeforeLf)) {
            line++;
            column = 1;
        } else if (!crBeforeLf && !isSecondHalfOfPair(c)) {
            column++;
        }
    }

    private boolean isSecondHalfOfPair(char c) {
        return Character.isLowSurrogate(c) && offset > 0 && Character.isHighSurrogate(text.charAt(offset - 1));
    }
}
