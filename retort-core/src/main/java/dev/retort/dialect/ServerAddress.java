package dev.retort.dialect;

/** Helps dialects describe where a server is and why a connection to it failed. */
public final class ServerAddress {
    private ServerAddress() {}

    /** {@code host:port} of a URL, with the default port when none is given. */
    public static String of(DatabaseUrl url, int defaultPort) {
        return url.host().orElse("localhost") + ":" + (url.port() > 0 ? url.port() : defaultPort);
    }

    /** Whether {@code failure} or one of its causes is a {@code type}. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
