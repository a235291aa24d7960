package dev.retort;

import java.util.List;

/**
 * What a {@code stamp} did to the version table.
 *
 * @param database the database, its URL with the password hidden
 * @param startHeads the rows before
 * @param endHeads the rows after
 */
public record StampResult(String database, List<String> startHeads, List<String> endHeads) {
    /** Copies the lists. */
    public StampResult {
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
    }
}
