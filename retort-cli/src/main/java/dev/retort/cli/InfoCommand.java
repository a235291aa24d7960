package dev.retort.cli;

import dev.retort.DatabaseInfo;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort info}: the database, its tables and where its migrations stand. */
@Command(
        mixinStandardHelpOptions = true,
        name = "info",
        description = "Show the database (URL without password, server version), its tables with row counts,"
                + " sizes and indexes, the current revision(s) and the head(s).",
        footerHeading = "%nExamples:%n",
        footer = {"  retort info", "  retort --env production info --json"})
final class InfoCommand extends ProjectCommand {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    @Override
    int run(Console console) {
        DatabaseInfo info = retort().info();
        if (console.json()) {
            console.resultJson(json(info));
            return 0;
        }
        console.result("Database: " + info.database() + " (" + info.dialect() + " " + info.serverVersion() + ")");
        console.result("Current:  " + revisions(info.current()));
        console.result("Head:     " + revisions(info.heads()));
        console.result("");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Table", "Rows", "Size", "Indexes"});
        for (DatabaseInfo.Table table : info.tables()) {
            rows.add(new String[] {
                table.name(),
                String.valueOf(table.rows()),
                table.bytes().map(InfoCommand::size).orElse("-"),
                String.join(", ", table.indexes())
            });
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            console.result(String.format(
                            Locale.ROOT,
                            "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2] + "s  %s",
                            row[0],
                            row[1],
                            row[2],
                            row[3])
                    .stripTrailing());
        }
        return 0;
    }

    private static String revisions(List<RevisionInfo> revisions) {
        return revisions.isEmpty()
                ? "<base>"
                : String.join(", ", revisions.stream().map(RevisionInfo::id).toList());
    }

    /** {@code 8192} as {@code 8.0 kB}. */
    static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    private static Map<String, Object> json(DatabaseInfo info) {
        Map<String, Object> json = Json.object();
        json.put("database", info.database());
        json.put("dialect", info.dialect());
        json.put("server_version", info.serverVersion());
        List<Object> tables = new ArrayList<>();
        for (DatabaseInfo.Table table : info.tables()) {
            Map<String, Object> entry = Json.object();
            entry.put("name", table.name());
            entry.put("rows", table.rows());
            entry.put("bytes", table.bytes().orElse(null));
            entry.put("indexes", table.indexes());
            tables.add(entry);
        }
        json.put("tables", tables);
        json.put("current", RevisionText.json(info.current()));
        json.put("heads", RevisionText.json(info.heads()));
        return json;
    }
}
