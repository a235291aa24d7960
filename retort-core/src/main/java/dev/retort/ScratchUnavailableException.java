package dev.retort;

/**
 * A scratch database that could not be made or reached; the message says why and the hint what to
 * change. Callers turn it into their own error.
 */
final class ScratchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    ScratchUnavailableException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What to change so the scratch database can be made. */
    String hint() {
        return hint;
    }
}
