package dev.retort.runtime;

import java.util.List;

/** With strict checksums, a run refuses because applied scripts were edited. */
public final class ChecksumMismatchException extends RuntimeException {
    private final transient List<ChecksumMismatch> mismatches;

    /** Refuses because of {@code mismatches}. */
    public ChecksumMismatchException(List<ChecksumMismatch> mismatches) {
        super(mismatches.size() + " applied script(s) changed since they ran");
        this.mismatches = List.copyOf(mismatches);
    }

    /** The edited scripts. */
    public List<ChecksumMismatch> mismatches() {
        return mismatches;
    }
}
