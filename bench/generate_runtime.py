#!/usr/bin/env python3
"""Writes N small linear revisions once for every tool that bench/runtime.sh times.

Revision i (counting from 0) works on table bt_k, k = i // 4, in a cycle of four:

    i % 4 == 0   CREATE TABLE bt_k (id, name, created_at with a default)
    i % 4 == 1   ALTER TABLE bt_k ADD COLUMN note_k VARCHAR(255)
    i % 4 == 2   CREATE INDEX ix_bt_k_note ON bt_k (note_k)
    i % 4 == 3   two INSERTs into bt_k (one with a quote in a string)

The statements run unchanged on SQLite, PostgreSQL and MariaDB, and each revision needs the one
before it, so a tool that skipped or reordered one would fail. The same statements are written as:

    retort-sql/       retort-{sqlite,postgresql,mariadb}.toml, migrations/versions/*.sql
    retort-java/      the same, format = "java": each script calls op.execute(...) per statement
    alembic/          alembic-{sqlite,postgresql,mariadb}.ini, env.py (one transaction per
                      revision), versions/*.py calling op.execute(...)
    flyway/sql/       V1__bt_0_create.sql ... (Flyway's file naming)
    liquibase/        changelog.xml: one changeSet per revision, one <sql> per statement
    native/           {sqlite,postgresql,mariadb}.sql: BEGIN; statements; COMMIT; per revision,
                      for the database's own client (no version bookkeeping)
    expected.json     what a fully upgraded database holds (tables, indexes, rows), the head id,
                      and per dialect the query that reads those three numbers back
    databases.json    the database (URL, name or file) each tool uses, per dialect

Databases: each tool gets its own (PostgreSQL and MariaDB databases bench_rt_<tool>, SQLite files
under db/), so `current` can be timed on a database the tool itself brought up to date.

The output depends only on the arguments. Python 3 standard library only.

    generate_runtime.py --revisions 1000 --out bench/work/runtime-1000
"""

import argparse
import json
import os
import random
import shutil
import sys
from xml.sax.saxutils import escape

MARKER = ".retort-bench-generated"
DIALECTS = ("sqlite", "postgresql", "mariadb")
TOOLS = ("native", "retort", "retort_java", "alembic", "flyway", "liquibase")


class Revision:
    __slots__ = ("number", "id", "parent", "message", "upgrade", "downgrade")

    def __init__(self, number, rid, parent, message, upgrade, downgrade):
        self.number = number  # 1-based: Flyway's version and Liquibase's changeSet id
        self.id = rid
        self.parent = parent
        self.message = message
        self.upgrade = upgrade
        self.downgrade = downgrade


def revisions(count, seed):
    rng = random.Random(seed)
    ids = set()
    result = []
    parent = None
    for i in range(count):
        while True:
            rid = "%012x" % rng.getrandbits(48)
            if rid not in ids:
                ids.add(rid)
                break
        k = i // 4
        table = "bt_%d" % k
        step = i % 4
        if step == 0:
            message = "create %s" % table
            upgrade = [
                "CREATE TABLE %s (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                "created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)" % table
            ]
            downgrade = ["DROP TABLE %s" % table]
        elif step == 1:
            message = "add %s.note_%d" % (table, k)
            upgrade = ["ALTER TABLE %s ADD COLUMN note_%d VARCHAR(255)" % (table, k)]
            downgrade = ["ALTER TABLE %s DROP COLUMN note_%d" % (table, k)]
        elif step == 2:
            message = "index %s.note_%d" % (table, k)
            upgrade = ["CREATE INDEX ix_%s_note ON %s (note_%d)" % (table, table, k)]
            # Not portable (MariaDB wants "ON table"); downgrades are not timed.
            downgrade = ["DROP INDEX ix_%s_note" % table]
        else:
            message = "seed rows in %s" % table
            upgrade = [
                "INSERT INTO %s (id, name, note_%d) VALUES (1, 'first row', 'seeded')" % (table, k),
                "INSERT INTO %s (id, name) VALUES (2, 'it''s row 2')" % table,
            ]
            downgrade = ["DELETE FROM %s WHERE id IN (1, 2)" % table]
        result.append(Revision(i + 1, rid, parent, message, upgrade, downgrade))
        parent = rid
    return result


def expected(revs):
    tables = sum(1 for r in revs if r.message.startswith("create "))
    indexes = sum(1 for r in revs if r.message.startswith("index "))
    seeded = ["bt_%d" % ((r.number - 1) // 4) for r in revs if r.message.startswith("seed ")]
    rows = 2 * len(seeded)
    row_sum = " + ".join("(SELECT COUNT(*) FROM %s)" % t for t in seeded) or "0"
    queries = {
        "sqlite": "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE "
        "'bt_%%'), (SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE "
        "'ix_bt_%%'), %s;" % row_sum,
        "postgresql": "SELECT (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema "
        "= 'public' AND table_name LIKE 'bt_%%'), (SELECT COUNT(*) FROM pg_indexes WHERE "
        "schemaname = 'public' AND indexname LIKE 'ix_bt_%%'), %s;" % row_sum,
        "mariadb": "SELECT (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
        "DATABASE() AND table_name LIKE 'bt_%%'), (SELECT COUNT(DISTINCT index_name) FROM "
        "information_schema.statistics WHERE table_schema = DATABASE() AND index_name LIKE "
        "'ix_bt_%%'), %s;" % row_sum,
    }
    return {
        "revisions": len(revs),
        "head": revs[-1].id if revs else None,
        "tables": tables,
        "indexes": indexes,
        "rows": rows,
        "check": "%d %d %d" % (tables, indexes, rows),
        "check_queries": queries,
    }


# ---------------------------------------------------------------------------------------------
# Databases


def databases(root, pg_base, mariadb_base):
    """Per dialect and tool: the URL forms each tool needs, the name to reset, the file."""
    result = {}
    for dialect in DIALECTS:
        per_tool = {}
        for tool in TOOLS:
            name = "bench_rt_%s" % tool
            if dialect == "sqlite":
                path = os.path.join(root, "db", "%s.db" % tool)
                per_tool[tool] = {
                    "file": path,
                    "retort": "sqlite:///" + path,
                    "sqlalchemy": "sqlite:///" + path,
                    "jdbc": "jdbc:sqlite:" + path,
                    "user": "",
                    "password": "",
                }
            elif dialect == "postgresql":
                host, user, password = split_base(pg_base, "postgres")
                per_tool[tool] = {
                    "database": name,
                    "retort": "postgresql://%s@%s/%s" % (credentials(user, password), host, name),
                    "sqlalchemy": "postgresql+psycopg2://%s@%s/%s"
                    % (credentials(user, password), host, name),
                    "jdbc": "jdbc:postgresql://%s/%s" % (host, name),
                    "user": user,
                    "password": password,
                }
            else:
                host, user, password = split_base(mariadb_base, "root")
                per_tool[tool] = {
                    "database": name,
                    "retort": "mariadb://%s@%s/%s" % (credentials(user, password), host, name),
                    "sqlalchemy": "mysql+pymysql://%s@%s/%s"
                    % (credentials(user, password), host, name),
                    "jdbc": "jdbc:mariadb://%s/%s" % (host, name),
                    "user": user,
                    "password": password,
                }
        result[dialect] = per_tool
    return result


def split_base(base, default_user):
    """'user[:password]@host:port' -> (host:port, user, password)."""
    if "@" in base:
        login, host = base.rsplit("@", 1)
    else:
        login, host = default_user, base
    user, _, password = login.partition(":")
    return host, user, password


def credentials(user, password):
    return "%s:%s" % (user, password) if password else user


# ---------------------------------------------------------------------------------------------
# Writers


def prepare(directory):
    """Makes directory ready for a fresh project; refuses to clear what we did not write."""
    if os.path.isdir(directory) and os.listdir(directory):
        if not os.path.exists(os.path.join(directory, MARKER)):
            sys.exit(
                "generate_runtime.py: %r is not empty and was not written by this script; "
                "choose another --out or remove it" % directory
            )
        shutil.rmtree(directory)
    os.makedirs(directory)
    write(os.path.join(directory, MARKER), "written by bench/generate_runtime.py; safe to delete\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def slug(message):
    text = "".join(c if c.isalnum() else "_" for c in message.lower())
    return "_".join(part for part in text.split("_") if part)[:40]


CREATED = "2026-11-22 12:00:00"


def retort_sql(r):
    lines = ["-- Revision: %s" % r.id]
    if r.parent:
        lines.append("-- Revises: %s" % r.parent)
    lines += ["-- Message: %s" % r.message, "-- Created: %s" % CREATED, "", "-- migrate:upgrade"]
    lines += [s + ";" for s in r.upgrade]
    lines += ["", "-- migrate:downgrade"]
    lines += [s + ";" for s in r.downgrade]
    return "\n".join(lines) + "\n"


def java_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def retort_java(r):
    calls = lambda statements: "".join(
        "        op.execute(%s);\n" % java_string(s) for s in statements
    )
    downgrade = r.downgrade
    if r.message.startswith("index "):
        # Portable through the op API; the upgrade keeps the identical SQL of the other tools.
        table = "bt_%d" % ((r.number - 1) // 4)
        down = '        op.dropIndex("ix_%s_note", "%s");\n' % (table, table)
    else:
        down = calls(downgrade)
    return (
        "import dev.retort.ops.Migration;\n"
        "import dev.retort.ops.Ops;\n"
        "import dev.retort.ops.Revision;\n\n"
        "@Revision(\n"
        "        id = %s,\n"
        "        revises = {%s},\n"
        "        message = %s,\n"
        "        created = %s)\n"
        "class Migration_%s implements Migration {\n"
        "    @Override\n"
        "    public void upgrade(Ops op) {\n%s    }\n\n"
        "    @Override\n"
        "    public void downgrade(Ops op) {\n%s    }\n"
        "}\n"
        % (
            java_string(r.id),
            java_string(r.parent) if r.parent else "",
            java_string(r.message),
            java_string(CREATED),
            r.id,
            calls(r.upgrade),
            down,
        )
    )


def alembic_script(r):
    body = lambda statements: "".join('    op.execute("""%s""")\n' % s for s in statements)
    if r.message.startswith("index "):
        table = "bt_%d" % ((r.number - 1) // 4)
        down = '    op.drop_index("ix_%s_note", table_name="%s")\n' % (table, table)
    else:
        down = body(r.downgrade)
    return (
        '"""%s\n\nRevision ID: %s\nRevises: %s\n"""\n'
        "from alembic import op\n\n"
        "revision = %r\n"
        "down_revision = %r\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n%s\n\n"
        "def downgrade():\n%s"
        % (r.message, r.id, r.parent or "", r.id, r.parent, body(r.upgrade), down)
    )


RETORT_TOML = """\
# Generated by bench/generate_runtime.py: {count} revisions, {dialect}.
script_location = "migrations"
url = "{url}"
format = "{format}"
"""

ALEMBIC_INI = """\
# Generated by bench/generate_runtime.py: {count} revisions, {dialect}.
[alembic]
script_location = %(here)s/migrations
sqlalchemy.url = {url}

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
"""

ALEMBIC_ENV = '''\
"""Online environment: one transaction per revision, as Retort, Flyway and Liquibase do."""
from alembic import context
from sqlalchemy import create_engine, pool

url = context.config.get_main_option("sqlalchemy.url")
if context.is_offline_mode():
    context.configure(url=url, literal_binds=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
'''


def liquibase_changelog(revs):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- Generated by bench/generate_runtime.py: %d revisions. -->\n"
        '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"\n'
        '        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
        '        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog\n'
        '        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">\n' % len(revs)
    ]
    for r in revs:
        parts.append('    <changeSet id="%d" author="bench">\n' % r.number)
        parts.append("        <comment>%s</comment>\n" % escape(r.message))
        for statement in r.upgrade:
            parts.append("        <sql>%s</sql>\n" % escape(statement))
        parts.append("    </changeSet>\n")
    parts.append("</databaseChangeLog>\n")
    return "".join(parts)


def native_sql(revs, dialect):
    parts = ["-- Generated by bench/generate_runtime.py: %d revisions, %s; one transaction per "
             "revision, no version table.\n" % (len(revs), dialect)]
    for r in revs:
        parts.append("BEGIN;\n")
        parts.extend(s + ";\n" for s in r.upgrade)
        parts.append("COMMIT;\n")
    return "".join(parts)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--revisions", "-n", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1, help="seed of the revision ids (default 1)")
    parser.add_argument("--out", required=True, help="the folder to write (made absolute)")
    parser.add_argument("--postgresql", default="postgres@127.0.0.1:5432",
                        help="user[:password]@host:port of PostgreSQL (default %(default)s)")
    parser.add_argument("--mariadb", default="root@127.0.0.1:3306",
                        help="user[:password]@host:port of MariaDB (default %(default)s)")
    args = parser.parse_args(argv)
    if args.revisions < 1:
        parser.error("--revisions must be at least 1")

    root = os.path.abspath(args.out)
    revs = revisions(args.revisions, args.seed)
    dbs = databases(root, args.postgresql, args.mariadb)
    prepare(root)
    os.makedirs(os.path.join(root, "db"))

    for project, tool, fmt, extension, render in (
        ("retort-sql", "retort", "sql", "sql", retort_sql),
        ("retort-java", "retort_java", "java", "java", retort_java),
    ):
        for dialect in DIALECTS:
            write(
                os.path.join(root, project, "retort-%s.toml" % dialect),
                RETORT_TOML.format(count=len(revs), dialect=dialect, format=fmt,
                                   url=dbs[dialect][tool]["retort"]),
            )
        for r in revs:
            write(os.path.join(root, project, "migrations", "versions",
                               "%s_%s.%s" % (r.id, slug(r.message), extension)), render(r))

    for dialect in DIALECTS:
        write(
            os.path.join(root, "alembic", "alembic-%s.ini" % dialect),
            ALEMBIC_INI.format(count=len(revs), dialect=dialect,
                               url=dbs[dialect]["alembic"]["sqlalchemy"]),
        )
    write(os.path.join(root, "alembic", "migrations", "env.py"), ALEMBIC_ENV)
    for r in revs:
        write(os.path.join(root, "alembic", "migrations", "versions",
                           "%s_%s.py" % (r.id, slug(r.message))), alembic_script(r))

    for r in revs:
        write(os.path.join(root, "flyway", "sql", "V%d__%s.sql" % (r.number, slug(r.message))),
              "".join(s + ";\n" for s in r.upgrade))
    write(os.path.join(root, "liquibase", "changelog.xml"), liquibase_changelog(revs))
    for dialect in DIALECTS:
        write(os.path.join(root, "native", "%s.sql" % dialect), native_sql(revs, dialect))

    write(os.path.join(root, "expected.json"), json.dumps(expected(revs), indent=2) + "\n")
    write(os.path.join(root, "databases.json"), json.dumps(dbs, indent=2) + "\n")
    print("generate_runtime.py: %d revisions, head %s -> %s" % (len(revs), revs[-1].id, root),
          file=sys.stderr)


if __name__ == "__main__":
    main()
