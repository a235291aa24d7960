package dev.retort.ops;

import dev.retort.schema.DataType;
import dev.retort.schema.Identity;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a column: its name, type, nullability, server default, identity or comment. Each change is
 * optional; the {@code existing} values describe the column before the change, which reversing
 * the operation needs and which MariaDB/MySQL need to restate the whole column (Alembic's
 * {@code existing_type} and friends).
 *
 * @param tableName the table
 * @param column the column's current name
 * @param newName a new name
 * @param type a new type
 * @param existingType the type before
 * @param nullable whether it will accept NULL
 * @param existingNullable whether it accepted NULL before
 * @param serverDefault a new server default (SQL), or its removal
 * @param existingServerDefault the server default before, or that there was none
 * @param comment a new comment, or its removal
 * @param existingComment the comment before, or that there was none
 * @param identity a new way for the database to generate the values ({@link Identity#NONE}: stop)
 * @param existingIdentity how the database generated the values before
 */
public record AlterColumn(
        String tableName,
        String column,
        Optional<String> newName,
        Optional<DataType> type,
        Optional<DataType> existingType,
        Optional<Boolean> nullable,
        Optional<Boolean> existingNullable,
        Optional<Setting<String>> serverDefault,
        Optional<Setting<String>> existingServerDefault,
        Optional<Setting<String>> comment,
        Optional<Setting<String>> existingComment,
        Optional<Identity> identity,
        Optional<Identity> existingIdentity)
        implements Operation {
    /** Checks the parts. */
    public AlterColumn {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(existingType, "existingType");
        Objects.requireNonNull(nullable, "nullable");
        Objects.requireNonNull(existingNullable, "existingNullable");
        Objects.requireNonNull(serverDefault, "serverDefault");
        Objects.requireNonNull(existingServerDefault, "existingServerDefault");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(existingComment, "existingComment");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(existingIdentity, "existingIdentity");
        if (newName.isEmpty()
                && type.isEmpty()
                && nullable.isEmpty()
                && serverDefault.isEmpty()
                && comment.isEmpty()
                && identity.isEmpty()) {
            throw new IllegalArgumentException("altering " + tableName + "." + column + " changes nothing");
        }
    }

    /** Starts the changes to {@code tableName.column}; finish with {@link Changes#build()}. */
    public static Changes of(String tableName, String column) {
        return new Changes(tableName, column);
    }

    /** The column's name once the change is made. */
    public String resultingName() {
        return newName.orElse(column);
    }

    /**
     * The change that undoes this one: known when every changed property has its existing value.
     */
    @Override
    public Optional<Operation> reverse() {
        if ((type.isPresent() && existingType.isEmpty())
                || (nullable.isPresent() && existingNullable.isEmpty())
                || (serverDefault.isPresent() && existingServerDefault.isEmpty())
                || (comment.isPresent() && existingComment.isEmpty())
                || (identity.isPresent() && existingIdentity.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(
                tableName,
                resultingName(),
                newName.map(ignored -> column),
                type.flatMap(ignored -> existingType),
                type.isPresent() ? type : existingType,
                nullable.flatMap(ignored -> existingNullable),
                nullable.isPresent() ? nullable : existingNullable,
                serverDefault.flatMap(ignored -> existingServerDefault),
                serverDefault.isPresent() ? serverDefault : existingServerDefault,
                comment.flatMap(ignored -> existingComment),
                comment.isPresent() ? comment : existingComment,
                identity.flatMap(ignored -> existingIdentity),
                identity.isPresent() ? identity : existingIdentity));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }

    /** Collects the changes to one column. One thread at a time. */
    public static final class Changes {
        private final String tableName;
        private final String column;
        private Optional<String> newName = Optional.empty();
        private Optional<DataType> type = Optional.empty();
        private Optional<DataType> existingType = Optional.empty();
        private Optional<Boolean> nullable = Optional.empty();
        private Optional<Boolean> existingNullable = Optional.empty();
        private Optional<Setting<String>> serverDefault = Optional.empty();
        private Optional<Setting<String>> existingServerDefault = Optional.empty();
        private Optional<Setting<String>> comment = Optional.empty();
        private Optional<Setting<String>> existingComment = Optional.empty();
        private Optional<Identity> identity = Optional.empty();
        private Optional<Identity> existingIdentity = Optional.empty();

        Changes(String tableName, String column) {
            this.tableName = tableName;
            this.column = column;
        }

        /** Renames the column. */
        public Changes rename(String name) {
            newName = Optional.of(name);
            return this;
        }

        /** Changes the type. */
        public Changes type(DataType newType) {
            type = Optional.of(newType);
            return this;
        }

        /** Says what the type was (needed on MariaDB/MySQL, and to reverse). */
        public Changes existingType(DataType oldType) {
            existingType = Optional.of(oldType);
            return this;
        }

        /** Makes the column NOT NULL. */
        public Changes notNull() {
            nullable = Optional.of(false);
            return this;
        }

        /** Makes the column accept NULL. */
        public Changes nullable() {
            nullable = Optional.of(true);
            return this;
        }

        /** Says whether the column accepted NULL before. */
        public Changes existingNullable(boolean wasNullable) {
            existingNullable = Optional.of(wasNullable);
            return this;
        }

        /** Sets the server default to {@code sql}. */
        public Changes defaultSql(String sql) {
            serverDefault = Optional.of(Setting.to(sql));
            return this;
        }

        /** Removes the server default. */
        public Changes dropDefault() {
            serverDefault = Optional.of(Setting.none());
            return this;
        }

        /** Says what the server default was ({@code null} for none). */
        public Changes existingDefaultSql(String sql) {
            existingServerDefault = Optional.of(sql == null ? Setting.none() : Setting.to(sql));
            return this;
        }

        /** Sets the comment ({@code null} removes it). */
        public Changes comment(String text) {
            comment = Optional.of(text == null ? Setting.none() : Setting.to(text));
            return this;
        }

        /** Says what the comment was ({@code null} for none). */
        public Changes existingComment(String text) {
            existingComment = Optional.of(text == null ? Setting.none() : Setting.to(text));
            return this;
        }

        /**
         * Changes how the database generates the values: {@code c.identity(Identity.ALWAYS)}, or
         * {@code Identity.NONE} to stop. On PostgreSQL this is {@code ADD GENERATED ... AS IDENTITY},
         * {@code SET GENERATED ...} or {@code DROP IDENTITY} (a {@code serial} column's sequence is
         * made or dropped with it); on MariaDB/MySQL the column is restated with or without
         * {@code AUTO_INCREMENT}; on SQLite the table is rebuilt.
         */
        public Changes identity(Identity kind) {
            identity = Optional.of(kind);
            return this;
        }

        /** Says how the database generated the values before (needed to reverse). */
        public Changes existingIdentity(Identity kind) {
            existingIdentity = Optional.of(kind);
            return this;
        }

        /** The operation. */
        public AlterColumn build() {
            return new AlterColumn(
                    tableName,
                    column,
                    newName,
                    type,
                    existingType,
                    nullable,
                    existingNullable,
                    serverDefault,
                    existingServerDefault,
                    comment,
                    existingComment,
                    identity,
                    existingIdentity);
        }
    }
}
