package dev.retort.ops;

/**
 * A revision written in Java. The class carries {@link Revision} and is found in
 * {@code migrations/versions/} (compiled by Retort on first use, no build step) or on the class
 * path. A class that does not declare {@link #downgrade} cannot be undone, as an SQL script
 * without a downgrade section.
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c1b7d4e", revises = "1975ea83b712", message = "add user full name")
 * class AddUserFullName implements Migration {
 *     public void upgrade(Ops op) {
 *         op.addColumn("users", column("full_name", varchar(255)));
 *     }
 *
 *     public void downgrade(Ops op) {
 *         op.dropColumn("users", "full_name");
 *     }
 * }
 * }</pre>
 */
public interface Migration {
    /** Applies the revision. */
    void upgrade(Ops op) throws Exception;

    /**
     * Undoes the revision. Retort never calls this unless the class declares it; it refuses the
     * downgrade before anything runs.
     */
    default void downgrade(Ops op) throws Exception {
        throw new IllegalStateException(getClass().getName() + " declares no downgrade");
    }
}
