package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A sequence of its own (PostgreSQL {@code CREATE SEQUENCE}): not the hidden one behind an identity
 * or {@code serial} column, which belongs to the column ({@link Identity}). Immutable; the
 * {@code with}-style methods return changed copies.
 *
 * <pre>{@code
 * Sequence.named("invoice_no").startWith(1000).incrementBy(10);
 * Sequence.named("ticket_seq").typed(DataType.integer()).cache(20).cycle(true);
 * }</pre>
 *
 * @param name the sequence name
 * @param type its type: {@code smallint()}, {@code integer()} or {@code bigint()}. Default: bigint
 * @param start the first value. Default: 1
 * @param increment the step between values, negative for a descending sequence. Default: 1
 * @param minValue the smallest value, or empty for the type's default (1 ascending, the type's
 *     smallest descending)
 * @param maxValue the largest value, or empty for the type's default (the type's largest ascending,
 *     -1 descending)
 * @param cache how many values a session takes at once. Default: 1
 * @param cycle whether it starts again after its last value. Default: false
 * @param ownedBy the column that owns it, so that dropping the column or its table drops it too
 */
public record Sequence(
        String name,
        DataType type,
        long start,
        long increment,
        Optional<Long> minValue,
        Optional<Long> maxValue,
        long cache,
        boolean cycle,
        Optional<Owner> ownedBy) {
    /** The column that owns a sequence. */
    public record Owner(String table, String column) {
        /** Checks the parts. */
        public Owner {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }

    /** Checks the parts. */
    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(minValue, "minValue");
        Objects.requireNonNull(maxValue, "maxValue");
        Objects.requireNonNull(ownedBy, "ownedBy");
        if (type.kind() != DataType.Kind.SMALLINT
                && type.kind() != DataType.Kind.INTEGER
                && type.kind() != DataType.Kind.BIGINT) {
            throw new IllegalArgumentException(
                    "sequence " + name + " must be of smallint(), integer() or bigint(), not " + type.kind());
        }
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs an increment other than 0");
        }
        if (cache < 1) {
            throw new IllegalArgumentException("sequence " + name + " needs a cache of at least 1, not " + cache);
        }
    }

    /** A bigint sequence from 1 by 1, with the default limits, a cache of 1, no cycle, owned by no column. */
    public static Sequence named(String name) {
        return new Sequence(
                name, DataType.bigint(), 1, 1, Optional.empty(), Optional.empty(), 1, false, Optional.empty());
    }

    /** The same sequence of another type. */
    public Sequence typed(DataType newType) {
        return new Sequence(name, newType, start, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** The same sequence, starting at {@code value}. */
    public Sequence startWith(long value) {
        return new Sequence(name, type, value, increment, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** The same sequence, stepping by {@code step}. */
    public Sequence incrementBy(long step) {
        return new Sequence(name, type, start, step, minValue, maxValue, cache, cycle, ownedBy);
    }

    /** The same sequence with its smallest value. */
    public Sequence minValue(long value) {
        return new Sequence(name, type, start, increment, Optional.of(value), maxValue, cache, cycle, ownedBy);
    }

    /** The same sequence with its largest value. */
    public Sequence maxValue(long value) {
        return new Sequence(name, type, start, increment, minValue, Optional.of(value), cache, cycle, ownedBy);
    }

    /** The same sequence, taking {@code values} at a time. */
    public Sequence cache(long values) {
        return new Sequence(name, type, start, increment, minValue, maxValue, values, cycle, ownedBy);
    }

    /** The same sequence, cycling or not. */
    public Sequence cycle(boolean cycles) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycles, ownedBy);
    }

    /** The same sequence, owned by {@code table.column}. */
    public Sequence ownedBy(String table, String column) {
        return ownedBy(Optional.of(new Owner(table, column)));
    }

    /** The same sequence, owned by {@code owner}, or by no column. */
    public Sequence ownedBy(Optional<Owner> owner) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, owner);
    }
}
