package dev.retort.dialect;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This process as lock holders are shown to others: its host name and process id. Immutable.
 *
 * @param host the host name, or {@code unknown host} when the system cannot tell
 * @param pid the operating system's process id
 */
public record LocalProcess(String host, long pid) {
    private static final class Current {
        static final LocalProcess VALUE =
                new LocalProcess(hostName(), ProcessHandle.current().pid());
    }

    /** This process; the host name is looked up once. */
    public static LocalProcess current() {
        return Current.VALUE;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // The name is only shown to people waiting for the lock; not knowing it is no failure.
            return "unknown host";
        }
    }

    /** {@code pid 4242 on build-7}. */
    @Override
    public String toString() {
        return "pid " + pid + " on " + host;
    }
}
