package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inserts rows into a table: each row maps column names to values (strings, numbers, booleans,
 * {@code java.time} values, byte arrays or nulls). It cannot be reversed automatically.
 *
 * @param tableName the table
 * @param rows the rows; every row names the same columns
 */
public record BulkInsert(String tableName, List<Map<String, Object>> rows) implements Operation {
    /** Checks that every row has the same columns, and copies (keeping nulls and column order). */
    public BulkInsert {
        Objects.requireNonNull(tableName, "tableName");
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (!copy.isEmpty() && !copy.get(0).keySet().equals(row.keySet())) {
                throw new IllegalArgumentException("every row of a bulk insert into " + tableName
                        + " must name the same columns: " + copy.get(0).keySet() + " and " + row.keySet());
            }
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
