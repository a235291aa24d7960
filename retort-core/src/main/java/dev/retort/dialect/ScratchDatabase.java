package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty database made on the project's server for building models that span several schemas,
 * where a scratch schema inside the project's database cannot hold them (the other schemas there are
 * the project's own). The caller connects to {@link #name()}, {@linkplain #prepare prepares} that
 * connection, builds and reads, closes it, then {@linkplain #drop() drops} the database.
 */
public interface ScratchDatabase {
    /**
     * A new scratch database name that says when it was made, {@code retort_scratch_20261207_0815_<random>},
     * so that one a killed process left behind is easy to recognise.
     */
    static String newName() {
        return "retort_scratch_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm")) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The scratch database's name on the server. */
    String name();

    /**
     * Makes {@code scratch}, a connection to the scratch database, look like the project's database
     * before any model is built: the same extensions where they can be installed, and the project's
     * current schema current.
     *
     * @throws SQLException when the scratch database cannot be set up
     */
    void prepare(Connection scratch) throws SQLException;

    /**
     * Drops the scratch database, through the connection to the project's database it was made from.
     *
     * @throws SQLException when the server refuses
     */
    void drop() throws SQLException;
}
