package dev.retort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who and where Retort runs: recorded in the history table and shown to lock waiters. */
final class Identity {
    private Identity() {}

    static String operator() {
        return System.getProperty("user.name", "unknown");
    }

    /** The host name, without a DNS lookup (which can hang on a misconfigured machine). */
    static String host() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException | SecurityException e) {
                host = "unknown";
            }
        }
        return host;
    }

    static String toolVersion() {
        String version = Identity.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** How the database names this client where it can: retort@host:pid. */
    static String applicationName() {
        return "retort@" + host() + ":" + ProcessHandle.current().pid();
    }
}
