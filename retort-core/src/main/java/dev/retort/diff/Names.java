package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Names for constraints the diff adds without one: an added constraint must be named so that the
 * downgrade can drop it again. The names follow the usual convention: {@code pk_users},
 * {@code uq_users_email}, {@code fk_orders_user_id_users}, {@code ck_users_score}.
 */
final class Names {
    private Names() {}

    static PrimaryKey named(String table, PrimaryKey key) {
        return key.name().isPresent() ? key : new PrimaryKey(Optional.of("pk_" + table), key.columns());
    }

    static UniqueConstraint named(String table, UniqueConstraint unique) {
        return unique.name().isPresent()
                ? unique
                : new UniqueConstraint(Optional.of("uq_" + table + "_" + joined(unique.columns())), unique.columns());
    }

    static ForeignKey named(String table, ForeignKey key) {
        if (key.name().isPresent()) {
            return key;
        }
        return key.withName(Optional.of("fk_" + table + "_" + joined(key.columns()) + "_" + key.referencedTable()));
    }

    static CheckConstraint named(String table, CheckConstraint check) {
        if (check.name().isPresent()) {
            return check;
        }
        String words = check.condition().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        String name = "ck_" + table + "_" + words;
        return new CheckConstraint(Optional.of(name.length() > 60 ? name.substring(0, 60) : name), check.condition());
    }

    private static String joined(List<String> columns) {
        return String.join("_", columns);
    }
}
