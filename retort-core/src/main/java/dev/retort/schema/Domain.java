package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A domain (PostgreSQL {@code CREATE DOMAIN}): a named type made of a base type, a default, NOT NULL
 * and named checks on {@code VALUE}, which columns use as their type ({@link DataType#domain(String)}).
 * Immutable; the {@code with}-style methods return changed copies.
 *
 * <pre>{@code
 * Domain.named("year", DataType.integer())
 *         .check("year_check", "VALUE >= 1901 AND VALUE <= 2155");
 * }</pre>
 *
 * @param name the domain name
 * @param type its base type: a portable type or a raw one, not another domain
 * @param isNullable whether its values may be NULL. Default: true
 * @param defaultSql the default of columns of the domain, as SQL, if any
 * @param checks its check constraints, each named, on {@code VALUE}
 */
public record Domain(
        String name, DataType type, boolean isNullable, Optional<String> defaultSql, List<CheckConstraint> checks) {
    /** Checks the parts: a base type that is not a domain, named checks with distinct names. */
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultSql, "defaultSql");
        checks = List.copyOf(checks);
        if (type.kind() == DataType.Kind.DOMAIN) {
            throw new IllegalArgumentException("domain " + name + " cannot be based on another domain, " + type.name());
        }
        Set<String> names = new HashSet<>();
        for (CheckConstraint check : checks) {
            String checkName = check.name()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "the checks of domain " + name + " need names: " + check.condition()));
            if (!names.add(checkName)) {
                throw new IllegalArgumentException("domain " + name + " has two checks named " + checkName);
            }
        }
    }

    /** A nullable domain over {@code type}, with no default and no checks. */
    public static Domain named(String name, DataType type) {
        return new Domain(name, type, true, Optional.empty(), List.of());
    }

    /** The same domain, NOT NULL. */
    public Domain notNull() {
        return new Domain(name, type, false, defaultSql, checks);
    }

    /** The same domain, nullable or not. */
    public Domain nullable(boolean nullable) {
        return new Domain(name, type, nullable, defaultSql, checks);
    }

    /** The same domain with {@code sql} as its default. */
    public Domain defaultSql(String sql) {
        return defaultSql(Optional.of(sql));
    }

    /** The same domain with this default, or none. */
    public Domain defaultSql(Optional<String> sql) {
        return new Domain(name, type, isNullable, sql, checks);
    }

    /** The same domain with one more check, {@code condition} on {@code VALUE}, named {@code checkName}. */
    public Domain check(String checkName, String condition) {
        List<CheckConstraint> more = new ArrayList<>(checks);
        more.add(CheckConstraint.check(checkName, condition));
        return new Domain(name, type, isNullable, defaultSql, more);
    }

    /** The same domain with these checks. */
    public Domain withChecks(List<CheckConstraint> newChecks) {
        return new Domain(name, type, isNullable, defaultSql, newChecks);
    }

    /** The check named {@code checkName}, if the domain has it. */
    public Optional<CheckConstraint> check(String checkName) {
        return checks.stream()
                .filter(check -> check.name().equals(Optional.of(checkName)))
                .findFirst();
    }
}
