import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.varchar;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;

/**
 * The seed's "Custom Data Migration": replace first_name and last_name by full_name, keeping the
 * data, and split it back on the way down.
 */
@Revision(
        id = "b7d3c8e1f002",
        revises = "a1f4e2c9b001",
        message = "add user full_name column",
        created = "2026-11-22 09:30:00")
class Migration_b7d3c8e1f002 implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("users", column("full_name", varchar(255)));
        op.execute("UPDATE users SET full_name = first_name || ' ' || last_name WHERE first_name IS NOT NULL");
        op.dropColumn("users", "first_name");
        op.dropColumn("users", "last_name");
    }

    @Override
    public void downgrade(Ops op) {
        op.addColumn("users", column("first_name", varchar(100)));
        op.addColumn("users", column("last_name", varchar(100)));
        op.execute("UPDATE users SET first_name = split_part(full_name, ' ', 1),"
                + " last_name = split_part(full_name, ' ', 2)");
        op.dropColumn("users", "full_name");
    }
}
