package dev.retort.diff;

import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of comparing two schemas: the operations that turn one into the other, in an order in
 * which each can run, their exact inverse, and warnings about them. Immutable.
 *
 * @param upgrade the operations, in order
 * @param downgrade the operations that undo the upgrade, in order
 * @param warnings destructive changes, likely renames and differences left out
 */
public record SchemaDiff(List<Operation> upgrade, List<Operation> downgrade, List<DiffWarning> warnings) {
    /** Copies. */
    public SchemaDiff {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
    }

    /**
     * The diff of {@code operations} and their inverse. Each list drops the indexes of a table it
     * drops with the table itself, not one by one before it: MariaDB refuses to drop an index a
     * foreign key of the table still needs. The inverse is worked out from the full list, so it
     * recreates those indexes.
     *
     * @throws IllegalStateException when an operation cannot be reversed (the comparer never makes one)
     */
    public static SchemaDiff of(List<Operation> operations, List<DiffWarning> warnings) {
        List<Operation> reversed = new ArrayList<>();
        for (Operation operation : operations) {
            reversed.add(
                    operation.reverse().orElseThrow(() -> new IllegalStateException("cannot reverse " + operation)));
        }
        Collections.reverse(reversed);
        return new SchemaDiff(withTableDrops(operations), withTableDrops(reversed), warnings);
    }

    /** Whether the schemas are the same: no operations and no warnings (an unsupported difference is one). */
    public boolean isEmpty() {
        return upgrade.isEmpty() && warnings.isEmpty();
    }

    /** {@code operations} without the index drops of tables a later operation drops. */
    private static List<Operation> withTableDrops(List<Operation> operations) {
        Set<String> droppedLater = new HashSet<>();
        List<Operation> kept = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            Operation operation = operations.get(i);
            if (operation instanceof DropIndex index && droppedLater.contains(index.tableName())) {
                continue;
            }
            if (operation instanceof DropTable drop) {
                droppedLater.add(drop.name());
            }
            kept.add(operation);
        }
        Collections.reverse(kept);
        return kept;
    }
}
