package dev.retort.script.sql;

/** Which characters make up unquoted words (identifiers and keywords) in SQL text. */
final class WordCharacters {
    private WordCharacters() {}

    static boolean isStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** Digits and {@code $} may follow the first character, as unquoted identifiers allow. */
    static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * Whether the text at {@code start..end} is {@code word}, ignoring ASCII case only, so that no
     * locale or Unicode case folding can turn some other word into a keyword.
     */
    static boolean equalsIgnoringAsciiCase(String text, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (toAsciiUpper(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char toAsciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
}
