package dev.retort.runtime;

/** No connection could be made: unreachable server, refused login, missing database or driver, bad URL. */
public final class ConnectionFailedException extends RuntimeException {
    private final String hint;

    /** Failed for the reason in {@code message}; {@code hint} says what to do. */
    public ConnectionFailedException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** The next step for the user. */
    public String hint() {
        return hint;
    }
}
