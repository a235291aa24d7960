package dev.retort.cli.toml;

import java.util.ArrayList;
import java.util.List;

/** An array of tables made by {@code [[name]]} headers; only these may be appended to. */
final class TableArray {
    private final List<TableNode> tables = new ArrayList<>();

    /** Adds the table a new {@code [[name]]} header opens. */
    TableNode append() {
        TableNode table = new TableNode(TableNode.Origin.HEADER);
        tables.add(table);
        return table;
    }

    /** The table a later {@code [name.sub]} header belongs to: the most recent one. */
    TableNode last() {
        return tables.get(tables.size() - 1);
    }

    List<Object> toList() {
        List<Object> list = new ArrayList<>(tables.size());
        for (TableNode table : tables) {
            list.add(table.toMap());
        }
        return list;
    }
}
