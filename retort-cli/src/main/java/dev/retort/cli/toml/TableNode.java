package dev.retort.cli.toml;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table while the document is read: its entries, where each was defined, and how the table came
 * to be, which decides what may still add to it. Enforces TOML's rules against defining a key or a
 * table twice. One thread at a time.
 */
final class TableNode {
    /** How a table came to be. */
    enum Origin {
        /** A parent named in a header ({@code a} in {@code [a.b]}): one header may still define it. */
        IMPLICIT,
        /** Defined by a header, or the root: closed to dotted keys from elsewhere. */
        HEADER,
        /** Made by a dotted key ({@code a} in {@code a.b = 1}): more dotted keys may add to it. */
        DOTTED,
        /** The top of an inline table while it is read; it becomes a plain map when it closes. */
        INLINE
    }

    private Origin origin;
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private final Map<String, Integer> definedAt = new HashMap<>();

    TableNode(Origin origin) {
        this.origin = origin;
    }

    /** Defines {@code key = value}, making the tables a dotted key names on the way. */
    void put(List<KeyPart> key, Object value, Cursor cursor) {
        TableNode table = this;
        for (int index = 0; index < key.size() - 1; index++) {
            table = table.dottedTable(key, index, cursor);
        }
        KeyPart last = key.get(key.size() - 1);
        Integer first = table.definedAt.get(last.name());
        if (first != null) {
            throw cursor.error(
                    last.offset(),
                    "key '" + KeyPart.display(key, key.size()) + "' is defined twice (first at line "
                            + cursor.lineOf(first) + ")");
        }
        table.add(last, value);
    }

    /** The table a {@code [key]} header opens; it must not have been defined before. */
    TableNode openTable(List<KeyPart> key, Cursor cursor) {
        TableNode parent = headerParent(key, false, cursor);
        KeyPart last = key.get(key.size() - 1);
        Object existing = parent.entries.get(last.name());
        if (existing == null) {
            return parent.add(last, new TableNode(Origin.HEADER));
        }
        if (existing instanceof TableNode table && table.origin == Origin.IMPLICIT) {
            table.origin = Origin.HEADER;
            parent.definedAt.put(last.name(), last.offset());
            return table;
        }
        String name = KeyPart.display(key, key.size());
        if (existing instanceof TableNode) {
            throw cursor.error(
                    last.offset(),
                    "table '" + name + "' is defined twice (first at line " + parent.lineOf(last, cursor) + ")");
        }
        throw cursor.error(last.offset(), "cannot define table '" + name + "': " + parent.conflict(name, last, cursor));
    }

    /** A new table at the end of the array of tables a {@code [[key]]} header names. */
    TableNode appendTable(List<KeyPart> key, Cursor cursor) {
        TableNode parent = headerParent(key, true, cursor);
        KeyPart last = key.get(key.size() - 1);
        Object existing = parent.entries.get(last.name());
        if (existing == null) {
            return parent.add(last, new TableArray()).append();
        }
        if (existing instanceof TableArray array) {
            return array.append();
        }
        String name = KeyPart.display(key, key.size());
        throw cursor.error(
                last.offset(), "cannot define array of tables '" + name + "': " + parent.conflict(name, last, cursor));
    }

    /** A plain, insertion-ordered copy of this table, for the caller. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            map.put(entry.getKey(), plain(entry.getValue()));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof TableNode table) {
            return table.toMap();
        }
        return value instanceof TableArray array ? array.toList() : value;
    }

    /** Walks a header's parents from the root, making missing ones; an array means its last table. */
    private TableNode headerParent(List<KeyPart> key, boolean isArray, Cursor cursor) {
        TableNode table = this;
        for (int index = 0; index < key.size() - 1; index++) {
            KeyPart part = key.get(index);
            Object existing = table.entries.get(part.name());
            if (existing == null) {
                table = table.add(part, new TableNode(Origin.IMPLICIT));
            } else if (existing instanceof TableNode child) {
                table = child;
            } else if (existing instanceof TableArray array) {
                table = array.last();
            } else {
                String what = (isArray ? "array of tables '" : "table '") + KeyPart.display(key, key.size());
                String conflict = table.conflict(KeyPart.display(key, index + 1), part, cursor);
                throw cursor.error(part.offset(), "cannot define " + what + "': " + conflict);
            }
        }
        return table;
    }

    private TableNode dottedTable(List<KeyPart> key, int index, Cursor cursor) {
        KeyPart part = key.get(index);
        Object existing = entries.get(part.name());
        if (existing == null) {
            return add(part, new TableNode(Origin.DOTTED));
        }
        if (existing instanceof TableNode table && table.origin == Origin.DOTTED) {
            return table;
        }
        String prefix = "cannot define key '" + KeyPart.display(key, key.size()) + "': ";
        String name = KeyPart.display(key, index + 1);
        if (existing instanceof TableNode) {
            throw cursor.error(
                    part.offset(),
                    prefix + "table '" + name + "' was created by a [table] header (line " + lineOf(part, cursor)
                            + "), so dotted keys cannot add to it");
        }
        throw cursor.error(part.offset(), prefix + conflict(name, part, cursor));
    }

    /** Why an existing entry cannot become a table: "'a' is already an integer (line 3)". */
    private String conflict(String name, KeyPart part, Cursor cursor) {
        Object existing = entries.get(part.name());
        String sealed = existing instanceof Map ? ", which cannot be extended" : "";
        return "'" + name + "' is already " + ValueKind.of(existing).phrase() + " (line " + lineOf(part, cursor) + ")"
                + sealed;
    }

    private int lineOf(KeyPart part, Cursor cursor) {
        return cursor.lineOf(definedAt.get(part.name()));
    }

    private <T> T add(KeyPart part, T value) {
        entries.put(part.name(), value);
        definedAt.put(part.name(), part.offset());
        return value;
    }
}
