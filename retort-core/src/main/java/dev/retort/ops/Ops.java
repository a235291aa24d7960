package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RangeType;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a Java migration script does to the database: Alembic's {@code op}. Each call runs at once,
 * in the revision's transaction (where the database has transactional DDL), rendered for the
 * database at hand; in offline mode ({@code --sql}) each call is written out as SQL instead.
 *
 * <pre>{@code
 * public void upgrade(Ops op) {
 *     op.addColumn("users", column("full_name", varchar(255)));
 *     op.execute("UPDATE users SET full_name = first_name || ' ' || last_name");
 *     op.createIndex(Index.on("ix_users_full_name", "users", "full_name"));
 * }
 * }</pre>
 */
public interface Ops {
    /** Creates a table from columns and constraints: {@code op.createTable("users", column(...), ...)}. */
    default void createTable(String name, TableElement... elements) {
        createTable(Table.of(name, elements));
    }

    /** Creates a table. */
    default void createTable(Table table) {
        run(new CreateTable(table));
    }

    /** Drops a table. */
    default void dropTable(String name) {
        run(new DropTable(name, Optional.empty()));
    }

    /** Renames a table. */
    default void renameTable(String from, String to) {
        run(new RenameTable(from, to));
    }

    /** Adds a column. On SQLite a NOT NULL column needs a server default, as SQLite itself demands. */
    default void addColumn(String table, Column column) {
        run(new AddColumn(table, column));
    }

    /**
     * Drops a column (on SQLite older than 3.35, and where constraints use it, by rebuilding the table).
     * On PostgreSQL an enum type that no other column uses goes with it, as with {@link #dropTable}.
     */
    default void dropColumn(String table, String column) {
        run(new DropColumn(table, column, Optional.empty()));
    }

    /**
     * Changes a column: {@code op.alterColumn("users", "email", c -> c.type(varchar(320)).notNull())}.
     * On SQLite this rebuilds the table; on MariaDB/MySQL the rest of the column is read from the
     * database (or from the {@code existing...} values offline).
     */
    default void alterColumn(String table, String column, UnaryOperator<AlterColumn.Changes> changes) {
        run(changes.apply(AlterColumn.of(table, column)).build());
    }

    /** Creates an index. */
    default void createIndex(Index index) {
        run(new CreateIndex(index, false));
    }

    /** Creates a plain index over columns or expressions: {@code op.createIndex("ix_a_b", "t", "a", "b")}. */
    default void createIndex(String name, String table, String... elements) {
        createIndex(Index.on(name, table, elements));
    }

    /**
     * Creates an index without blocking writes where the database can (PostgreSQL
     * {@code CONCURRENTLY}, which needs the revision to run outside a transaction:
     * {@code -- Transactional: false} or {@code @Revision(transactional = false)}); elsewhere a plain
     * create.
     */
    default void createIndexConcurrently(Index index) {
        run(new CreateIndex(index, true));
    }

    /** Drops an index. */
    default void dropIndex(String name, String table) {
        run(new DropIndex(name, table, Optional.empty(), false));
    }

    /** Creates a primary key on existing columns. */
    default void createPrimaryKey(String name, String table, String... columns) {
        run(new AddConstraint(table, new PrimaryKey(Optional.of(name), List.of(columns))));
    }

    /** Creates a unique constraint. */
    default void createUniqueConstraint(String name, String table, String... columns) {
        run(new AddConstraint(table, new UniqueConstraint(Optional.of(name), List.of(columns))));
    }

    /** Creates a foreign key: {@code op.createForeignKey("orders", foreignKey("fk_o_u", List.of("user_id"), "users", List.of("id")))}. */
    default void createForeignKey(String table, ForeignKey foreignKey) {
        run(new AddConstraint(table, foreignKey));
    }

    /** Creates a check constraint. */
    default void createCheckConstraint(String name, String table, String condition) {
        run(new AddConstraint(table, new CheckConstraint(Optional.of(name), condition)));
    }

    /** Drops a constraint of the given kind (MariaDB/MySQL need the kind). */
    default void dropConstraint(String name, String table, Constraint.Kind kind) {
        run(new DropConstraint(table, name, kind, Optional.empty()));
    }

    /** Sets a table's comment ({@code null} removes it). */
    default void setTableComment(String table, String comment) {
        run(new SetTableComment(table, comment == null ? Setting.none() : Setting.to(comment), Optional.empty()));
    }

    /**
     * Creates a sequence: {@code op.createSequence(Sequence.named("invoice_no").startWith(1000))}.
     * PostgreSQL only; elsewhere the operation fails, naming the database.
     */
    default void createSequence(Sequence sequence) {
        run(new CreateSequence(sequence));
    }

    /** Drops a sequence (PostgreSQL only). */
    default void dropSequence(String name) {
        run(new DropSequence(name, Optional.empty()));
    }

    /**
     * Changes a sequence from {@code existing} to {@code sequence}, both under the same name, writing
     * only what differs (PostgreSQL only): {@code op.alterSequence(Sequence.named("s"),
     * Sequence.named("s").incrementBy(10))}.
     */
    default void alterSequence(Sequence existing, Sequence sequence) {
        run(new AlterSequence(existing, sequence));
    }

    /**
     * Creates a schema that tables, sequences, domains and types can then be created in by qualified
     * name: {@code op.createSchema("sales"); op.createTable(Table.of("sales.orders", ...))}.
     * PostgreSQL only; elsewhere the operation fails, naming the database.
     */
    default void createSchema(String name) {
        run(new CreateSchema(name));
    }

    /** Drops a schema, which must be empty by then (PostgreSQL only). */
    default void dropSchema(String name) {
        run(new DropSchema(name));
    }

    /**
     * Creates a domain, a named type columns can use ({@code DataType.domain("year")}):
     * {@code op.createDomain(Domain.named("year", integer()).check("year_check", "VALUE >= 1901"))}.
     * PostgreSQL only; elsewhere the operation fails, naming the database.
     */
    default void createDomain(Domain domain) {
        run(new CreateDomain(domain));
    }

    /** Drops a domain that no column uses (PostgreSQL only). */
    default void dropDomain(String name) {
        run(new DropDomain(name, Optional.empty()));
    }

    /**
     * Changes a domain's default, NOT NULL and checks from {@code existing} to {@code domain}, both
     * under the same name and of the same base type, writing only what differs (PostgreSQL only):
     * {@code op.alterDomain(Domain.named("year", integer()), Domain.named("year", integer()).notNull())}.
     */
    default void alterDomain(Domain existing, Domain domain) {
        run(new AlterDomain(existing, domain));
    }

    /**
     * Creates a range type (PostgreSQL):
     * {@code op.createRangeType(RangeType.of("uuidrange", uuid()))}.
     */
    default void createRangeType(RangeType range) {
        run(new CreateRangeType(range));
    }

    /** Drops a range type, which no column may use any more: {@code op.dropRangeType("uuidrange")}. */
    default void dropRangeType(String name) {
        run(new DropRangeType(name, Optional.empty()));
    }

    /** Runs SQL, with values for its {@code ?} placeholders. */
    default void execute(String sql, Object... parameters) {
        run(new Execute(sql, Arrays.asList(parameters)));
    }

    /** Inserts rows: each maps column names to values. */
    default void bulkInsert(String table, List<Map<String, Object>> rows) {
        run(new BulkInsert(table, rows));
    }

    /**
     * Runs any operation value. Every method above builds its operation and hands it here, so an
     * implementation decides in this one place what running means (execute it, write it out, keep it).
     */
    void run(Operation operation);

    /**
     * The live JDBC connection, inside the revision's transaction, for data migrations. Do not
     * commit, roll back or close it.
     *
     * @throws OfflineException in offline mode, where there is no database
     */
    Connection connection();

    /**
     * Runs {@code block} outside the revision's transaction: what ran before is committed, the
     * block runs with each statement committing on its own, then a new transaction begins.
     */
    void nonTransactional(Block block) throws Exception;

    /** The database: {@code sqlite}, {@code postgresql} or {@code mariadb}, for scripts that must differ. */
    String dialect();

    /** Whether this run writes SQL out instead of running it. */
    boolean offline();

    /** A piece of a migration that may throw. */
    @FunctionalInterface
    interface Block {
        /** Runs it. */
        void run() throws Exception;
    }
}
