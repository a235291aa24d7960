import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bool;
import static dev.retort.schema.DataType.timestamp;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;
import dev.retort.schema.Index;

/**
 * The seed's session performance migration: adds last_activity, expires_at and is_active to
 * user_sessions, creates the indexes session queries use, and fills the new columns for sessions
 * that already exist (a session lasts 24 hours from its last activity).
 */
@Revision(
        id = "d8f2b6a7e202",
        revises = "c3e9a0d4f101",
        message = "session performance: activity, expiry and active flag",
        created = "2026-11-22 08:30:00")
class Migration_d8f2b6a7e202 implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("user_sessions", column("last_activity", timestamp()));
        op.addColumn("user_sessions", column("expires_at", timestamp()));
        op.addColumn("user_sessions", column("is_active", bool()).notNull().defaultSql("TRUE"));
        op.createIndex(Index.on("ix_user_sessions_user_active", "user_sessions", "user_id", "is_active"));
        op.createIndex(Index.on("ix_user_sessions_expires_at", "user_sessions", "expires_at"));
        op.createIndex(Index.on("ix_user_sessions_last_activity", "user_sessions", "last_activity"));
        // Date arithmetic is the one thing each database spells its own way.
        String expiry = switch (op.dialect()) {
            case "postgresql" -> "created_at + INTERVAL '24 hours'";
            case "mariadb" -> "DATE_ADD(created_at, INTERVAL 24 HOUR)";
            default -> "datetime(created_at, '+24 hours')";
        };
        String now = op.dialect().equals("sqlite") ? "datetime('now')" : "CURRENT_TIMESTAMP";
        op.execute("UPDATE user_sessions SET last_activity = created_at, expires_at = " + expiry
                + ", is_active = CASE WHEN " + expiry + " > " + now + " THEN TRUE ELSE FALSE END");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_user_sessions_last_activity", "user_sessions");
        op.dropIndex("ix_user_sessions_expires_at", "user_sessions");
        op.dropIndex("ix_user_sessions_user_active", "user_sessions");
        op.dropColumn("user_sessions", "is_active");
        op.dropColumn("user_sessions", "expires_at");
        op.dropColumn("user_sessions", "last_activity");
    }
}
