package dev.retort.autogen;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line per operation for people: {@code + add column users.full_name VARCHAR(255)}, {@code -}
 * for what goes away, {@code ~} for what changes. Types in the database's own SQL. Stateless.
 */
public final class OperationSummary {
    private OperationSummary() {}

    /** The line for {@code operation}, types written as {@code dialect} writes them. */
    public static String of(Operation operation, Dialect dialect) {
        if (operation instanceof CreateTable create) {
            return "+ create table " + create.definition().name() + " ("
                    + create.definition().columns().size() + " columns)";
        } else if (operation instanceof DropTable drop) {
            return "- drop table " + drop.name();
        } else if (operation instanceof RenameTable rename) {
            return "~ rename table " + rename.from() + " to " + rename.to();
        } else if (operation instanceof AddColumn add) {
            return "+ add column " + add.tableName() + "." + add.column().name() + " " + column(add.column(), dialect);
        } else if (operation instanceof DropColumn drop) {
            return "- drop column " + drop.tableName() + "." + drop.column();
        } else if (operation instanceof AlterColumn alter) {
            return "~ alter column " + alter.tableName() + "." + alter.column() + ": " + changes(alter, dialect);
        } else if (operation instanceof CreateIndex create) {
            return "+ create " + (create.index().isUnique() ? "unique " : "") + "index "
                    + create.index().name()
                    + " on " + create.index().table() + " ("
                    + String.join(", ", create.index().elements()) + ")"
                    + create.index().where().map(where -> " where " + where).orElse("");
        } else if (operation instanceof DropIndex drop) {
            return "- drop index " + drop.name() + " on " + drop.tableName();
        } else if (operation instanceof AddConstraint add) {
            return "+ add " + kind(add.constraint().kind()) + " "
                    + add.constraint().name().map(name -> name + " ").orElse("") + "on " + add.tableName();
        } else if (operation instanceof DropConstraint drop) {
            return "- drop " + kind(drop.kind()) + " " + drop.name() + " on " + drop.tableName();
        } else if (operation instanceof SetTableComment comment) {
            return "~ "
                    + comment.comment()
                            .value()
                            .map(text -> "set comment on table ")
                            .orElse("drop comment on table ") + comment.tableName();
        } else if (operation instanceof CreateSequence create) {
            return "+ create sequence " + create.sequence().name();
        } else if (operation instanceof DropSequence drop) {
            return "- drop sequence " + drop.name();
        } else if (operation instanceof AlterSequence alter) {
            return "~ alter sequence " + alter.name();
        } else if (operation instanceof CreateSchema create) {
            return "+ create schema " + create.name();
        } else if (operation instanceof DropSchema drop) {
            return "- drop schema " + drop.name();
        } else if (operation instanceof CreateRangeType create) {
            return "+ create range type " + create.range().name();
        } else if (operation instanceof DropRangeType drop) {
            return "- drop range type " + drop.name();
        } else if (operation instanceof CreateDomain create) {
            return "+ create domain " + create.domain().name();
        } else if (operation instanceof DropDomain drop) {
            return "- drop domain " + drop.name();
        } else if (operation instanceof AlterDomain alter) {
            return "~ alter domain " + alter.name();
        } else if (operation instanceof Execute execute) {
            return "~ execute " + execute.sql().strip().replaceAll("\\s+", " ");
        } else if (operation instanceof BulkInsert insert) {
            return "+ insert " + insert.rows().size() + " rows into " + insert.tableName();
        }
        throw new IllegalArgumentException("no summary for " + operation);
    }

    /** The column an operation works on, if it works on one. */
    static Optional<String> column(Operation operation) {
        if (operation instanceof AddColumn add) {
            return Optional.of(add.column().name());
        } else if (operation instanceof DropColumn drop) {
            return Optional.of(drop.column());
        } else if (operation instanceof AlterColumn alter) {
            return Optional.of(alter.column());
        }
        return Optional.empty();
    }

    private static String column(Column column, Dialect dialect) {
        return dialect.typeSql(column.type())
                + (column.isNullable() ? "" : " NOT NULL")
                + column.defaultSql().map(sql -> " DEFAULT " + sql).orElse("");
    }

    private static String changes(AlterColumn alter, Dialect dialect) {
        List<String> parts = new ArrayList<>();
        alter.newName().ifPresent(name -> parts.add("rename to " + name));
        alter.type()
                .ifPresent(type -> parts.add("type "
                        + alter.existingType()
                                .map(dialect::typeSql)
                                .map(old -> old + " -> ")
                                .orElse("")
                        + dialect.typeSql(type)));
        alter.nullable().ifPresent(nullable -> parts.add(nullable ? "NULL" : "NOT NULL"));
        alter.serverDefault()
                .ifPresent(setting -> parts.add(setting(
                        "default", setting, alter.existingServerDefault().flatMap(Setting::value))));
        alter.comment().ifPresent(setting -> parts.add(setting("comment", setting, Optional.empty())));
        alter.identity()
                .ifPresent(kind -> parts.add("identity "
                        + alter.existingIdentity()
                                .map(old -> old.name().toLowerCase(Locale.ROOT) + " -> ")
                                .orElse("")
                        + kind.name().toLowerCase(Locale.ROOT)));
        return String.join(", ", parts);
    }

    private static String setting(String what, Setting<String> setting, Optional<String> old) {
        return setting.value()
                .map(value -> what + " " + old.map(text -> text + " -> ").orElse("") + value)
                .orElse("drop " + what);
    }

    private static String kind(Constraint.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
