package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs SQL as written, with optional {@code ?} parameters. It cannot be reversed automatically.
 *
 * @param sql the statement
 * @param parameters values for its {@code ?} placeholders, in order (may hold nulls)
 */
public record Execute(String sql, List<Object> parameters) implements Operation {
    /** Checks and copies (keeping nulls). */
    public Execute {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
