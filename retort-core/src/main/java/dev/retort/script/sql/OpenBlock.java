package dev.retort.script.sql;

/**
 * A compound block that has started and not yet ended.
 *
 * @param opener the keyword that opened it
 * @param isExpression whether it is a {@code CASE} expression (ended by {@code END}) rather than a
 *     {@code CASE} statement (ended by {@code END CASE})
 * @param offset where the opening keyword starts
 */
record OpenBlock(Keyword opener, boolean isExpression, int offset) {
    /** The words that close this block, for error messages. */
    String closer() {
        return opener == Keyword.BEGIN || isExpression ? "END" : "END " + opener;
    }
}
