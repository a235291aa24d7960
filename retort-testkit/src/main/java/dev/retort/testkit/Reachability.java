package dev.retort.testkit;

/**
 * Whether a server answered; if not, why ({@code nothing listening on 127.0.0.1:5432}) and what to
 * do about it. Immutable.
 */
record Reachability(boolean isReachable, String reason, String hint) {
    static Reachability reached() {
        return new Reachability(true, "", "");
    }

    static Reachability unreachable(String reason, String hint) {
        return new Reachability(false, reason, hint);
    }
}
