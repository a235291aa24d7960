package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An empty database made on the project's server for building models that span several schemas,
 * where a scratch schema inside the project's database cannot hold them (the other schemas there are
 * the project's own). The caller connects to {@link #name()}, {@linkplain #prepare prepares} that
 * connection, builds and reads, closes it, then {@linkplain #drop() drops} the database.
 */
public interface ScratchDatabase {
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
