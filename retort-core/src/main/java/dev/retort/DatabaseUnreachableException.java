package dev.retort;

/** No connection: the server is unreachable, refused the login, lacks the database, or no driver is present. */
public final class DatabaseUnreachableException extends RetortException {
    /** Could not connect, for the reason in {@code message}. */
    public DatabaseUnreachableException(String message, String hint, Throwable cause) {
        super(ErrorCode.DATABASE_UNREACHABLE, message, hint, cause);
    }
}
