package dev.retort;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code retort squash} is asked to do. Start from {@link #to(String)} and refine with the
 * {@code with...} methods.
 *
 * @param target the revision whose schema the baseline builds: {@code head} (default), an id, a
 *     label; it must name exactly one revision
 * @param message the baseline's message; absent gives "squashed baseline up to REV"
 * @param force squash even when a database checked is at a revision inside the squashed range other
 *     than the target (it will name a revision no script declares afterwards)
 * @param dryRun work out the baseline and what would be removed, and change nothing
 * @param environments the other databases to check as the configured one is, by environment name
 *     (URL as users write it), in order; {@link #TOP_LEVEL} names the project's top-level database.
 *     One that is the configured database is skipped. Default: none
 * @param environmentUrlBase the folder a relative SQLite path in those URLs is relative to. Default:
 *     the configuration's {@link RetortConfig#urlBase()}
 */
public record SquashRequest(
        String target,
        Optional<String> message,
        boolean force,
        boolean dryRun,
        Map<String, String> environments,
        Optional<Path> environmentUrlBase) {
    /**
     * The environment name of the project's top-level database (the URL outside any environment),
     * upgraded without {@code --env}.
     */
    public static final String TOP_LEVEL = "default";

    /** Checks the parts and copies the environments, keeping their order. */
    public SquashRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
        environments =
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(environments, "environments")));
        environments.forEach((name, url) -> {
            Objects.requireNonNull(name, "environment name");
            Objects.requireNonNull(url, "environment url");
        });
        Objects.requireNonNull(environmentUrlBase, "environmentUrlBase");
    }

    /** Squash everything up to {@code target} into one baseline. */
    public static SquashRequest to(String target) {
        return new SquashRequest(target, Optional.empty(), false, false, Map.of(), Optional.empty());
    }

    /** The same request with the baseline's message (null for the default). */
    public SquashRequest withMessage(String text) {
        return new SquashRequest(target, Optional.ofNullable(text), force, dryRun, environments, environmentUrlBase);
    }

    /** The same request, forced past a database inside the squashed range. */
    public SquashRequest withForce(boolean value) {
        return new SquashRequest(target, message, value, dryRun, environments, environmentUrlBase);
    }

    /** The same request as a dry run. */
    public SquashRequest withDryRun(boolean value) {
        return new SquashRequest(target, message, force, value, environments, environmentUrlBase);
    }

    /**
     * The same request, also checking these environments' databases.
     *
     * @param urls environment name to database URL, in the order to report them
     * @param urlBase the folder a relative SQLite path in them is relative to
     */
    public SquashRequest withEnvironments(Map<String, String> urls, Path urlBase) {
        Objects.requireNonNull(urlBase, "urlBase");
        return new SquashRequest(target, message, force, dryRun, urls, Optional.of(urlBase.toAbsolutePath()));
    }
}
