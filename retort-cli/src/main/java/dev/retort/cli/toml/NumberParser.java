package dev.retort.cli.toml;

/**
 * Reads integers ({@code 42}, {@code 1_000}, {@code 0xFF}, {@code 0o755}, {@code 0b101}) and floats
 * ({@code 3.14}, {@code 6e-3}, {@code inf}, {@code nan}). The number is taken as one token first,
 * then checked character by character, so an error can point inside it. Stateless.
 */
final class NumberParser {
    private NumberParser() {}

    /** A {@code Long} or a {@code Double}; the cursor is at a digit or a sign. */
    static Object read(Cursor cursor) {
        int start = cursor.position();
        while (isTokenCharacter(cursor.peek())) {
            cursor.advance();
        }
        return new Token(cursor, cursor.text(start, cursor.position()), start).value();
    }

    /** {@code inf} or {@code nan}, or null, for a sign-less word that may be a float. */
    static Double special(String word) {
        return switch (word) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> null;
        };
    }

    private static boolean isTokenCharacter(int c) {
        return Cursor.isDigit(c)
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || c == '_'
                || c == '+'
                || c == '-'
                || c == '.';
    }

    /** One number as written, with the cursor and offset that errors inside it need. */
    private record Token(Cursor cursor, String text, int start) {
        Object value() {
            boolean signed = text.charAt(0) == '+' || text.charAt(0) == '-';
            int index = signed ? 1 : 0;
            String unsigned = text.substring(index);
            Double special = special(unsigned);
            if (special != null) {
                return text.charAt(0) == '-' ? -special : special;
            }
            int radix = radix(unsigned);
            if (radix != 10) {
                if (signed) {
                    throw invalid(0, "an integer with a 0x, 0o or 0b prefix cannot have a sign");
                }
                return prefixed(radix);
            }
            return decimal(index);
        }

        private static int radix(String unsigned) {
            if (unsigned.startsWith("0x")) {
                return 16;
            }
            if (unsigned.startsWith("0o")) {
                return 8;
            }
            return unsigned.startsWith("0b") ? 2 : 10;
        }

        private Object prefixed(int radix) {
            String name = radix == 16 ? "a hexadecimal" : radix == 8 ? "an octal" : "a binary";
            if (text.length() == 2 || Character.digit(text.charAt(2), radix) < 0) {
                throw invalid(2, "expected " + name + " digit after '" + text.substring(0, 2) + "', found " + found(2));
            }
            for (int index = 3; index < text.length(); index++) {
                char c = text.charAt(index);
                if (c == '_') {
                    underscore(index, radix);
                } else if (Character.digit(c, radix) < 0) {
                    throw invalid(index, "'" + c + "' is not " + name + " digit");
                }
            }
            return integer(text.substring(2), radix);
        }

        private Object decimal(int index) {
            int integerStart = index;
            index = digits(index, "a digit");
            if (text.charAt(integerStart) == '0' && index - integerStart > 1) {
                throw invalid(integerStart, "leading zeros are not allowed");
            }
            boolean isFloat = false;
            if (index < text.length() && text.charAt(index) == '.') {
                index = digits(index + 1, "a digit after the decimal point");
                isFloat = true;
            }
            if (index < text.length() && (text.charAt(index) == 'e' || text.charAt(index) == 'E')) {
                index++;
                if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
                    index++;
                }
                index = digits(index, "a digit in the exponent");
                isFloat = true;
            }
            if (index < text.length()) {
                throw invalid(index, "unexpected " + found(index));
            }
            // Not a conditional expression: it would promote the Long to double.
            if (isFloat) {
                return Double.valueOf(Double.parseDouble(text.replace("_", "")));
            }
            return integer(text, 10);
        }

        /** Skips digits joined by single underscores; returns the index after them. */
        private int digits(int index, String expected) {
            if (index >= text.length() || !Cursor.isDigit(text.charAt(index))) {
                throw invalid(index, "expected " + expected + ", found " + found(index));
            }
            index++;
            while (index < text.length()) {
                char c = text.charAt(index);
                if (c == '_') {
                    underscore(index, 10);
                } else if (!Cursor.isDigit(c)) {
                    return index;
                }
                index++;
            }
            return index;
        }

        /** An underscore must sit between two digits (one before is checked by the caller). */
        private void underscore(int index, int radix) {
            if (index + 1 >= text.length() || Character.digit(text.charAt(index + 1), radix) < 0) {
                throw invalid(index, "an underscore must be between two digits");
            }
        }

        private Long integer(String digits, int radix) {
            String clean = digits.replace("_", "");
            try {
                return Long.parseLong(clean, radix);
            } catch (NumberFormatException outOfRange) {
                throw cursor.error(
                        start,
                        "integer " + text + " does not fit in 64 bits (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                                + ")");
            }
        }

        /** What is at an index of the token, or what follows the token when the index is past it. */
        private String found(int index) {
            return cursor.found(start + index);
        }

        private TomlException invalid(int index, String reason) {
            return cursor.error(start + index, "invalid number '" + text + "': " + reason);
        }
    }
}
