package dev.retort.script;

import java.util.Objects;
import java.util.Optional;

/**
 * The sections of an SQL script.
 *
 * @param upgrade the upgrade section
 * @param downgrade the downgrade section; absent when the script cannot be undone
 */
public record SqlBody(SqlSection upgrade, Optional<SqlSection> downgrade) implements ScriptBody {
    /** Checks the parts. */
    public SqlBody {
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
    }

    @Override
    public boolean reversible() {
        return downgrade.isPresent();
    }
}
