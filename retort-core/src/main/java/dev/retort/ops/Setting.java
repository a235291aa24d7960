package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * A value an operation sets, which may be "nothing": a server default or a comment set to a value,
 * or removed.
 *
 * @param value the new value, or empty to remove it
 * @param <T> the type of the value
 */
public record Setting<T>(Optional<T> value) {
    /** Checks the part. */
    public Setting {
        Objects.requireNonNull(value, "value");
    }

    /** Set to {@code value}. */
    public static <T> Setting<T> to(T value) {
        return new Setting<>(Optional.of(value));
    }

    /** Removed. */
    public static <T> Setting<T> none() {
        return new Setting<>(Optional.empty());
    }
}
