package dev.retort.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What sequence operations, and drops and renames of their owners, do to a schema's sequences. */
final class Sequences {
    private Sequences() {}

    static Schema create(Schema schema, Sequence sequence) {
        if (schema.sequence(sequence.name()).isPresent()) {
            throw new IllegalArgumentException("the schema already has a sequence " + sequence.name());
        }
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        sequences.add(sequence);
        return schema.withSequences(sequences);
    }

    static Schema drop(Schema schema, String name) {
        existing(schema, name);
        return schema.withSequences(schema.sequences().stream()
                .filter(sequence -> !sequence.name().equals(name))
                .toList());
    }

    static Schema alter(Schema schema, Sequence changed) {
        existing(schema, changed.name());
        return schema.withSequences(schema.sequences().stream()
                .map(sequence -> sequence.name().equals(changed.name()) ? changed : sequence)
                .toList());
    }

    /** The schema without the sequences {@code table.column} owns: dropping a column drops them. */
    static Schema withoutOwnedBy(Schema schema, String table, String column) {
        Optional<Sequence.Owner> owner = Optional.of(new Sequence.Owner(table, column));
        return schema.withSequences(schema.sequences().stream()
                .filter(sequence -> !sequence.ownedBy().equals(owner))
                .toList());
    }

    static List<Sequence> renamedTable(List<Sequence> sequences, String from, String to) {
        return sequences.stream()
                .map(sequence -> sequence.ownedBy()
                        .filter(owner -> owner.table().equals(from))
                        .map(owner -> sequence.ownedBy(to, owner.column()))
                        .orElse(sequence))
                .toList();
    }

    static List<Sequence> renamedColumn(List<Sequence> sequences, String table, String from, String to) {
        return sequences.stream()
                .map(sequence -> sequence.ownedBy()
                        .filter(owner ->
                                owner.table().equals(table) && owner.column().equals(from))
                        .map(owner -> sequence.ownedBy(table, to))
                        .orElse(sequence))
                .toList();
    }

    private static void existing(Schema schema, String name) {
        if (schema.sequence(name).isEmpty()) {
            throw new IllegalArgumentException("the schema has no sequence " + name);
        }
    }
}
