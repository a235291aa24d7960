package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order in which to create tables so that each one's foreign keys reference tables made before
 * it, by name where no key decides; where keys form a cycle, the smallest-named table of the cycle
 * comes first and its keys to the tables not yet made are broken out, to be added afterwards.
 * {@link #dropOrder} goes the other way: referencing tables first.
 *
 * @param tables the tables, in order
 * @param brokenKeys the foreign keys that cannot be part of their tables' creation
 */
record DependencyOrder(List<Table> tables, List<Broken> brokenKeys) {
    /** A foreign key of {@code table} broken out of a cycle. */
    record Broken(String table, ForeignKey key) {}

    /** The creation order of {@code tables}; only keys between them count. */
    static DependencyOrder of(List<Table> tables) {
        TreeMap<String, Table> remaining = new TreeMap<>();
        tables.forEach(table -> remaining.put(table.name(), table));
        Set<String> all = new HashSet<>(remaining.keySet());
        Set<String> placed = new HashSet<>();
        List<Table> order = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.values().stream()
                    .filter(table -> waitsFor(table, all, placed).isEmpty())
                    .findFirst()
                    .orElse(remaining.firstEntry().getValue());
            for (ForeignKey key : waitsFor(next, all, placed)) {
                broken.add(new Broken(next.name(), key));
            }
            remaining.remove(next.name());
            placed.add(next.name());
            order.add(next);
        }
        return new DependencyOrder(order, broken);
    }

    /**
     * The order in which to drop {@code tables}: each after the tables whose keys reference it, by name
     * where no key decides; in a cycle the smallest-named table goes first, and the keys to it from the
     * tables not yet dropped are broken out, to be dropped before.
     */
    static DependencyOrder dropOrder(List<Table> tables) {
        TreeMap<String, Table> remaining = new TreeMap<>();
        tables.forEach(table -> remaining.put(table.name(), table));
        List<Table> order = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.values().stream()
                    .filter(table -> referencing(table, remaining).isEmpty())
                    .findFirst()
                    .orElse(remaining.firstEntry().getValue());
            broken.addAll(referencing(next, remaining));
            remaining.remove(next.name());
            order.add(next);
        }
        return new DependencyOrder(order, broken);
    }

    /** The keys of other tables of {@code remaining} that reference {@code table}. */
    private static List<Broken> referencing(Table table, TreeMap<String, Table> remaining) {
        List<Broken> keys = new ArrayList<>();
        for (Table other : remaining.values()) {
            if (!other.name().equals(table.name())) {
                other.foreignKeys().stream()
                        .filter(key -> key.referencedTable().equals(table.name()))
                        .forEach(key -> keys.add(new Broken(other.name(), key)));
            }
        }
        return keys;
    }

    /** The keys of {@code table} to tables of {@code all} not yet placed (not counting itself). */
    private static List<ForeignKey> waitsFor(Table table, Set<String> all, Set<String> placed) {
        return table.foreignKeys().stream()
                .filter(key -> !key.referencedTable().equals(table.name()))
                .filter(key -> all.contains(key.referencedTable()) && !placed.contains(key.referencedTable()))
                .toList();
    }
}
