package dev.retort;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code retort squash} is asked to do. Start from {@link #to(String)} and refine with the
 * {@code with...} methods.
 *
 * @param target the revision whose schema the baseline builds: {@code head} (default), an id, a
 *     label; it must name exactly one revision
 * @param message the baseline's message; absent gives "squashed baseline up to REV"
 * @param force squash even when the database is at a revision inside the squashed range other than
 *     the target (it will name a revision no script declares afterwards)
 * @param dryRun work out the baseline and what would be removed, and change nothing
 */
public record SquashRequest(String target, Optional<String> message, boolean force, boolean dryRun) {
    /** Checks the parts. */
    public SquashRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
    }

    /** Squash everything up to {@code target} into one baseline. */
    public static SquashRequest to(String target) {
        return new SquashRequest(target, Optional.empty(), false, false);
    }

    /** The same request with the baseline's message (null for the default). */
    public SquashRequest withMessage(String text) {
        return new SquashRequest(target, Optional.ofNullable(text), force, dryRun);
    }

    /** The same request, forced past a database inside the squashed range. */
    public SquashRequest withForce(boolean value) {
        return new SquashRequest(target, message, value, dryRun);
    }

    /** The same request as a dry run. */
    public SquashRequest withDryRun(boolean value) {
        return new SquashRequest(target, message, force, value);
    }
}
