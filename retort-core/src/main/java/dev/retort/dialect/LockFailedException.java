package dev.retort.dialect;

/**
 * The migration lock could not be taken, checked or released because the database or the lock
 * file failed (not because someone else held it: that is {@link LockTimeoutException}). The cause
 * says why.
 */
public final class LockFailedException extends RuntimeException {
    /** {@code message} says what could not be done with which lock; {@code cause} why. */
    public LockFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
