package dev.retort.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Optional;

/** What sequence operations, and drops and renames of their owners, do to a schema's sequences. */
final class Sequences {
    private Sequences() {}

    private static final NamedObjects<Sequence> SEQUENCES = new NamedObjects<>("sequence", Sequence::name);

    static Schema create(Schema schema, Sequence sequence) {
        return schema.withSequences(SEQUENCES.added(schema.sequences(), sequence));
    }

    static Schema drop(Schema schema, String name) {
        return schema.withSequences(SEQUENCES.removed(schema.sequences(), name));
    }

    static Schema alter(Schema schema, Sequence changed) {
        return schema.withSequences(SEQUENCES.replaced(schema.sequences(), changed));
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
}
