package dev.retort.runtime;

import dev.retort.dialect.DatabaseUrl;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Takes the database password out of text and exception chains before they reach users or logs:
 * some drivers quote the whole JDBC URL, password parameter included, in their messages. Stateless.
 */
final class Redaction {
    private Redaction() {}

    /** {@code text} with passwords in URLs, and {@code url}'s password anywhere, replaced by {@code ***}. */
    static String of(String text, DatabaseUrl url) {
        String redacted = DatabaseUrl.redact(text);
        return url.password()
                .filter(password -> !password.isEmpty())
                .map(password -> redacted.replace(password, "***"))
                .orElse(redacted);
    }

    /**
     * {@code failure} itself when no message in its chain shows a password; otherwise a copy of the
     * chain in which every link keeps its class name and stack trace but has its message redacted.
     */
    static Throwable of(Throwable failure, DatabaseUrl url) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable link = failure; link != null && seen.add(link); link = link.getCause()) {
            String message = link.getMessage();
            if (message != null && !of(message, url).equals(message)) {
                return copy(failure, url, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
        return failure;
    }

    private static Throwable copy(Throwable link, DatabaseUrl url, Set<Throwable> seen) {
        if (link == null || !seen.add(link)) {
            return null;
        }
        String message = link.getMessage() == null ? null : of(link.getMessage(), url);
        return new RedactedException(link, message, copy(link.getCause(), url, seen));
    }

    /** Stands in for an exception whose message showed a password; prints as the original would. */
    static final class RedactedException extends Exception {
        private final String type;

        RedactedException(Throwable original, String message, Throwable cause) {
            super(message, cause);
            this.type = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? type : type + ": " + message;
        }
    }
}
