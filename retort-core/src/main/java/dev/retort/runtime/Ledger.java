package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the version and history tables of a live database. One thread at a time. */
final class Ledger {
    private final Dialect dialect;
    private final Connection connection;
    private final String versionTable;
    private final String historyTable;
    private final HistoryTableSql history;
    private final Set<String> seen = new HashSet<>();

    Ledger(Dialect dialect, Connection connection, RuntimeSettings settings) {
        this.dialect = dialect;
        this.connection = connection;
        this.versionTable = settings.versionTable();
        this.historyTable = settings.historyTable();
        this.history = new HistoryTableSql(dialect, settings.historyTable());
    }

    boolean hasVersionTable() throws SQLException {
        return exists(versionTable);
    }

    boolean hasHistoryTable() throws SQLException {
        return exists(historyTable);
    }

    /** The version-table rows; none when the table does not exist yet. */
    List<String> heads() throws SQLException {
        List<String> heads = new ArrayList<>();
        if (!hasVersionTable()) {
            return heads;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + VersionTableSql.COLUMN + " FROM " + dialect.identifier(versionTable))) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        heads.sort(null);
        return heads;
    }

    /** The newest history row, if there is a history. */
    Optional<HistoryRow> latest() throws SQLException {
        if (!hasHistoryTable()) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(history.latest())) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new HistoryRow(
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    Optional.ofNullable(row.getString(5)),
                    row.getInt(6),
                    row.getInt(7),
                    Optional.ofNullable(row.getString(8)),
                    Optional.ofNullable(row.getString(9)),
                    row.getString(10),
                    row.getString(11),
                    row.getString(12)));
        }
    }

    /** For each revision, the checksum its script had when it was last applied. */
    Map<String, String> appliedChecksums() throws SQLException {
        Map<String, String> checksums = new LinkedHashMap<>();
        if (!hasHistoryTable()) {
            return checksums;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(history.checksums())) {
            while (rows.next()) {
                if (rows.getString(2) != null) {
                    checksums.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return checksums;
    }

    /** Revisions in the order they were last upgraded, newest first. */
    List<String> appliedNewestFirst() throws SQLException {
        List<String> revisions = new ArrayList<>();
        if (!hasHistoryTable()) {
            return revisions;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(history.appliedNewestFirst())) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        }
        return revisions;
    }

    long lastHistoryId() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(history.lastId())) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /**
     * Whether {@code table} exists. Once seen it is taken to stay for this ledger's session (Retort
     * holds the lock, and only {@code reset}, in a session of its own, drops it), which spares a
     * catalog query before every revision.
     */
    private boolean exists(String table) throws SQLException {
        if (seen.contains(table)) {
            return true;
        }
        boolean exists = queryExists(table);
        if (exists) {
            seen.add(table);
        }
        return exists;
    }

    private boolean queryExists(String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(dialect.tableExistsQuery())) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }
}
