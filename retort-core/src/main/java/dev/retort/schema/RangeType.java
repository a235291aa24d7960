package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A range type of the schema's own (PostgreSQL {@code CREATE TYPE name AS RANGE}): ranges of a
 * subtype, which columns use by name ({@code DataType.raw("uuidrange")}). Immutable; the
 * {@code with}-style methods return changed copies.
 *
 * <pre>{@code
 * RangeType.of("uuidrange", DataType.uuid());
 * RangeType.of("floatrange", DataType.doublePrecision()).subtypeDiff("float8mi");
 * }</pre>
 *
 * @param name the type's name
 * @param subtype the type of the range's bounds
 * @param subtypeOpclass the operator class that orders the bounds, where not the subtype's default
 * @param collation the collation of the bounds, where not the subtype's
 * @param canonical the function that puts a range of a discrete subtype in canonical form, if any
 * @param subtypeDiff the function that gives the difference of two bounds as a double, if any
 */
public record RangeType(
        String name,
        DataType subtype,
        Optional<String> subtypeOpclass,
        Optional<String> collation,
        Optional<String> canonical,
        Optional<String> subtypeDiff) {
    /** Checks the parts. */
    public RangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(subtypeOpclass, "subtypeOpclass");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(subtypeDiff, "subtypeDiff");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a range type needs a name");
        }
    }

    /** Ranges of {@code subtype}, with its default ordering and no functions. */
    public static RangeType of(String name, DataType subtype) {
        return new RangeType(name, subtype, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same range type, its bounds ordered by operator class {@code opclass}. */
    public RangeType subtypeOpclass(String opclass) {
        return new RangeType(name, subtype, Optional.of(opclass), collation, canonical, subtypeDiff);
    }

    /** The same range type, its bounds compared in collation {@code name}. */
    public RangeType collation(String name) {
        return new RangeType(this.name, subtype, subtypeOpclass, Optional.of(name), canonical, subtypeDiff);
    }

    /** The same range type, with canonical function {@code function}. */
    public RangeType canonical(String function) {
        return new RangeType(name, subtype, subtypeOpclass, collation, Optional.of(function), subtypeDiff);
    }

    /** The same range type, with difference function {@code function}. */
    public RangeType subtypeDiff(String function) {
        return new RangeType(name, subtype, subtypeOpclass, collation, canonical, Optional.of(function));
    }
}
