package dev.retort.testkit;

/** A test needs a database server that does not answer; the message says why and how to start it. */
final class ServerUnreachableException extends RuntimeException {
    ServerUnreachableException(DatabaseKind kind, Reachability reachability) {
        super(kind.displayName() + " is not reachable: " + reachability.reason() + "\nhint: " + reachability.hint());
    }
}
