package dev.retort.testkit;

import java.util.Objects;

/** A user name and password; {@link #toString()} never shows the password. */
record Credentials(String user, String password) {
    Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return password.isEmpty() ? "'" + user + "' (no password)" : "'" + user + "' (password ***)";
    }
}
