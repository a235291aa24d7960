package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done in a scratch schema: {@code connection}'s unqualified names refer to the scratch
 * schema, which is empty when the work starts and gone when it ends.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface ScratchWork<T> {
    /** Does the work on {@code connection}, whose current schema is the scratch schema. */
    T apply(Connection connection) throws SQLException;
}
