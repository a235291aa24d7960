package dev.retort.diff;

import dev.retort.schema.RangeType;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/** What range type operations do to a schema's range types. */
final class Ranges {
    private Ranges() {}

    static Schema create(Schema schema, RangeType range) {
        if (schema.range(range.name()).isPresent()) {
            throw new IllegalArgumentException("the schema already has a range type " + range.name());
        }
        List<RangeType> ranges = new ArrayList<>(schema.ranges());
        ranges.add(range);
        return schema.withRanges(ranges);
    }

    static Schema drop(Schema schema, String name) {
        if (schema.range(name).isEmpty()) {
            throw new IllegalArgumentException("the schema has no range type " + name);
        }
        return schema.withRanges(schema.ranges().stream()
                .filter(range -> !range.name().equals(name))
                .toList());
    }
}
