package dev.retort;

/** The caller asked for something malformed: an argument, option value or range Retort cannot take. */
public final class UsageException extends RetortException {
    /** A usage mistake with a hint (may be null). */
    public UsageException(String message, String hint) {
        super(ErrorCode.BAD_USAGE, message, hint);
    }
}
