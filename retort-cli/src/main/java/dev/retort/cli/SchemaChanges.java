package dev.retort.cli;

import dev.retort.SchemaComparison;
import java.util.Map;

/** How {@code check}, {@code diff} and {@code revision --autogenerate} show what differs. */
final class SchemaChanges {
    private SchemaChanges() {}

    /**
     * Progress lines, one per change with {@code prefix}, then the warnings; {@code none} when
     * nothing differs.
     */
    static void report(Console console, SchemaComparison comparison, String prefix, String none) {
        if (comparison.isEmpty()) {
            console.progress(none);
        }
        for (String change : comparison.changes()) {
            console.progress(prefix + change);
        }
        for (String warning : comparison.warnings()) {
            console.warning(warning);
        }
    }

    /** The comparison as JSON: both sides, the changes, the warnings and the upgrade SQL. */
    static Map<String, Object> json(SchemaComparison comparison) {
        Map<String, Object> json = Json.object();
        json.put("from", comparison.from());
        json.put("to", comparison.to());
        json.put("changes", comparison.changes());
        json.put("warnings", comparison.warnings());
        json.put("upgrade_sql", comparison.upgradeSql());
        return json;
    }
}
