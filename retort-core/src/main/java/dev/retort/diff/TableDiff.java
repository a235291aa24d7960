package dev.retort.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The differences of one table that both schemas have: columns added, dropped and changed, keys,
 * constraints and indexes dropped and added, and the comment. Made once, then read.
 */
final class TableDiff {
    final Table current;
    final Table target;
    final List<Column> addedColumns = new ArrayList<>();
    final List<Column> droppedColumns = new ArrayList<>();
    final List<AlterColumn> alteredColumns = new ArrayList<>();
    /** The columns whose type changes: foreign keys over them are dropped first and added again. */
    final Set<String> retypedColumns = new HashSet<>();

    Optional<PrimaryKey> droppedKey = Optional.empty();
    Optional<PrimaryKey> addedKey = Optional.empty();
    final List<UniqueConstraint> droppedUniques = new ArrayList<>();
    final List<UniqueConstraint> addedUniques = new ArrayList<>();
    final List<CheckConstraint> droppedChecks = new ArrayList<>();
    final List<CheckConstraint> addedChecks = new ArrayList<>();
    final List<ForeignKey> droppedForeignKeys = new ArrayList<>();
    final List<ForeignKey> addedForeignKeys = new ArrayList<>();
    /** The current foreign keys that the target has too. */
    final List<ForeignKey> keptForeignKeys = new ArrayList<>();

    final List<Index> droppedIndexes = new ArrayList<>();
    final List<Index> createdIndexes = new ArrayList<>();
    Optional<SetTableComment> comment = Optional.empty();
    final List<DiffWarning> warnings = new ArrayList<>();

    private TableDiff(Table current, Table target) {
        this.current = current;
        this.target = target;
    }

    static TableDiff of(Table current, Table target, List<Index> currentIndexes, List<Index> targetIndexes) {
        TableDiff diff = new TableDiff(current, target);
        diff.compareColumns();
        diff.compareKeys();
        diff.compareIndexes(currentIndexes, targetIndexes);
        if (!current.comment().equals(target.comment())) {
            diff.comment = Optional.of(new SetTableComment(
                    target.name(), new Setting<>(target.comment()), Optional.of(new Setting<>(current.comment()))));
        }
        return diff;
    }

    String name() {
        return target.name();
    }

    /** Whether the primary key or a unique constraint goes or comes, which foreign keys to the table rely on. */
    boolean keysChange() {
        return droppedKey.isPresent() || addedKey.isPresent() || !droppedUniques.isEmpty() || !addedUniques.isEmpty();
    }

    /** Whether any of {@code columns} is dropped or changes its type. */
    boolean changesAny(List<String> columns) {
        return columns.stream()
                .anyMatch(column -> retypedColumns.contains(column)
                        || droppedColumns.stream()
                                .anyMatch(dropped -> dropped.name().equals(column)));
    }

    /** Whether any of {@code columns} is added. */
    boolean addsAny(List<String> columns) {
        return addedColumns.stream().anyMatch(added -> columns.contains(added.name()));
    }

    private void compareColumns() {
        for (Column column : current.columns()) {
            Optional<Column> wanted = target.column(column.name());
            if (wanted.isEmpty()) {
                droppedColumns.add(column);
                warnings.add(Warnings.droppedColumn(current.name(), column));
            } else {
                compareColumn(column, wanted.get());
            }
        }
        for (Column column : target.columns()) {
            if (current.column(column.name()).isEmpty()) {
                addedColumns.add(Tables.withKeyFlag(column, false));
            }
        }
        warnings.addAll(Warnings.likelyRenames(current.name(), droppedColumns, addedColumns));
    }

    private void compareColumn(Column old, Column wanted) {
        String table = current.name();
        AlterColumn.Changes changes = AlterColumn.of(table, old.name())
                .existingType(old.type())
                .existingNullable(old.isNullable())
                .existingDefaultSql(old.defaultSql().orElse(null))
                .existingComment(old.comment().orElse(null))
                .existingIdentity(old.identity());
        boolean changed = false;
        if (!old.type().equals(wanted.type())) {
            changes.type(wanted.type());
            retypedColumns.add(old.name());
            Warnings.narrowing(table, old, wanted).ifPresent(warnings::add);
            Warnings.collationChanged(table, old, wanted).ifPresent(warnings::add);
            Warnings.enumValuesAdded(table, old, wanted).ifPresent(warnings::add);
            changed = true;
        }
        if (old.isNullable() != wanted.isNullable()) {
            changes = wanted.isNullable() ? changes.nullable() : changes.notNull();
            changed = true;
        }
        if (!old.defaultSql().equals(wanted.defaultSql())) {
            changes = wanted.defaultSql().isPresent()
                    ? changes.defaultSql(wanted.defaultSql().get())
                    : changes.dropDefault();
            changed = true;
        }
        if (!old.comment().equals(wanted.comment())) {
            changes.comment(wanted.comment().orElse(null));
            changed = true;
        }
        if (old.identity() != wanted.identity()) {
            changes.identity(wanted.identity());
            changed = true;
        }
        if (changed) {
            alteredColumns.add(changes.build());
        }
    }

    private void compareKeys() {
        List<String> oldKey = current.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        List<String> newKey = target.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        if (!oldKey.equals(newKey)) {
            droppedKey = current.primaryKey();
            addedKey = target.primaryKey();
        }
        Matching<UniqueConstraint> uniques =
                Matching.byContent(current.uniques(), target.uniques(), UniqueConstraint::columns);
        droppedUniques.addAll(uniques.onlyCurrent());
        addedUniques.addAll(uniques.onlyTarget());
        Matching<ForeignKey> keys = Matching.byContent(current.foreignKeys(), target.foreignKeys(), TableDiff::content);
        droppedForeignKeys.addAll(keys.onlyCurrent());
        addedForeignKeys.addAll(keys.onlyTarget());
        keptForeignKeys.addAll(keys.matchedCurrent());
        Matching<CheckConstraint> checks = Matching.checks(current.checks(), target.checks());
        droppedChecks.addAll(checks.onlyCurrent());
        addedChecks.addAll(checks.onlyTarget());
    }

    /** A foreign key without its name: what two keys must share to be the same key. */
    static ForeignKey content(ForeignKey key) {
        return key.withName(Optional.empty());
    }

    private void compareIndexes(List<Index> currentIndexes, List<Index> targetIndexes) {
        for (Index index : currentIndexes) {
            Optional<Index> wanted = targetIndexes.stream()
                    .filter(each -> each.name().equals(index.name()))
                    .findFirst();
            if (wanted.isEmpty() || !wanted.get().equals(index)) {
                droppedIndexes.add(index);
            }
        }
        for (Index index : targetIndexes) {
            if (!currentIndexes.contains(index)) {
                createdIndexes.add(index);
            }
        }
    }
}
