#!/usr/bin/env python3
"""Writes a Retort project whose revision graph is big and shaped like a real one.

The graph is mostly linear. Every 40 to 60 revisions it forks into 2 or 3 lines of 5 to 15
revisions each, which a merge revision then joins, so the graph has one base and one head.
A few side lines carry a branch label. Each revision holds a small upgrade (CREATE TABLE,
ALTER TABLE ADD COLUMN, CREATE INDEX or INSERT) and the downgrade that undoes it. A revision only
touches tables, columns and indexes that its ancestors created, so the SQL of any topological
order runs on a fresh database.

With --alembic DIR the same graph (same ids, parents, labels, messages and SQL) is also written
as an Alembic project that works offline (`alembic upgrade head --sql`), so both tools can be
timed on identical input.

The output depends only on --revisions and --seed. Python 3 standard library only.

    generate_graph.py --revisions 10000 --out bench/work/retort-10k --alembic bench/work/alembic-10k
"""

import argparse
import json
import os
import random
import shutil
import sys

MARKER = ".retort-bench-generated"

NOUNS = [
    "account", "address", "audit", "invoice", "payment", "order", "product", "customer",
    "session", "token", "message", "channel", "team", "project", "task", "comment", "tag",
    "report", "setting", "device", "event", "shipment", "coupon", "review", "upload",
]
COLUMN_WORDS = [
    "status", "note", "priority", "external_ref", "score", "locale", "timezone", "color",
    "weight", "archived_at", "source", "region", "owner_id", "version_no", "flags",
]
COLUMN_TYPES = ["VARCHAR(255)", "INTEGER", "BOOLEAN", "TIMESTAMP", "TEXT", "NUMERIC(12, 2)"]
LABELS = ["auth", "billing", "search", "reporting", "audit", "notifications"]


class Revision:
    """One revision: its id, parents, labels, message and the SQL of both directions."""

    __slots__ = ("id", "parents", "labels", "message", "upgrade", "downgrade")

    def __init__(self, rid, parents, message, upgrade, downgrade, labels=()):
        self.id = rid
        self.parents = list(parents)
        self.labels = list(labels)
        self.message = message
        self.upgrade = upgrade
        self.downgrade = downgrade


class Schema:
    """The tables and columns visible to one line of development (its ancestors' work)."""

    def __init__(self, tables=None):
        self.tables = tables if tables is not None else {}

    def copy(self):
        return Schema({name: list(columns) for name, columns in self.tables.items()})

    @staticmethod
    def union(schemas):
        tables = {}
        for schema in schemas:
            for name, columns in schema.tables.items():
                known = tables.setdefault(name, [])
                known.extend(column for column in columns if column not in known)
        return Schema(tables)


class Generator:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.ids = set()
        self.counter = 0
        self.revisions = []
        self.labels_left = list(LABELS[:2])
        self.branch_points = 0
        self.merges = 0

    def new_id(self):
        while True:
            rid = "%012x" % self.random.getrandbits(48)
            if rid not in self.ids:
                self.ids.add(rid)
                return rid

    def next_number(self):
        self.counter += 1
        return self.counter

    def change(self, schema):
        """Returns (message, upgrade statements, downgrade statements) and updates schema."""
        roll = self.random.random()
        tables = list(schema.tables)
        if not tables or roll < 0.25:
            return self.create_table(schema)
        table = self.random.choice(tables)
        if roll < 0.55:
            return self.add_column(schema, table)
        if roll < 0.75 and schema.tables[table]:
            return self.create_index(schema, table)
        return self.insert_row(schema, table)

    def create_table(self, schema):
        number = self.next_number()
        table = "%s_%d" % (self.random.choice(NOUNS), number)
        schema.tables[table] = []
        upgrade = [
            "CREATE TABLE %s (\n"
            "    id INTEGER NOT NULL PRIMARY KEY,\n"
            "    name VARCHAR(100) NOT NULL,\n"
            "    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n"
            ")" % table
        ]
        return "create table %s" % table, upgrade, ["DROP TABLE %s" % table]

    def add_column(self, schema, table):
        column = "%s_%d" % (self.random.choice(COLUMN_WORDS), self.next_number())
        column_type = self.random.choice(COLUMN_TYPES)
        schema.tables[table].append(column)
        upgrade = ["ALTER TABLE %s ADD COLUMN %s %s" % (table, column, column_type)]
        downgrade = ["ALTER TABLE %s DROP COLUMN %s" % (table, column)]
        return "add %s.%s" % (table, column), upgrade, downgrade

    def create_index(self, schema, table):
        column = self.random.choice(schema.tables[table])
        # The index cannot outlive its column: the column's revision is an ancestor, so its
        # downgrade always runs after this one's.
        index = "ix_%s_%d" % (column, self.next_number())
        upgrade = ["CREATE INDEX %s ON %s (%s)" % (index, table, column)]
        return "index %s.%s" % (table, column), upgrade, ["DROP INDEX %s" % index]

    def insert_row(self, schema, table):
        row = self.next_number()
        upgrade = [
            "INSERT INTO %s (id, name) VALUES (%d, 'seed row %d')" % (table, row, row),
            "INSERT INTO %s (id, name) VALUES (%d, 'it''s row %d')" % (table, row + 1, row + 1),
        ]
        downgrade = ["DELETE FROM %s WHERE id IN (%d, %d)" % (table, row, row + 1)]
        self.counter += 1
        return "seed rows in %s" % table, upgrade, downgrade

    def add(self, parents, schema, labels=()):
        message, upgrade, downgrade = self.change(schema)
        revision = Revision(self.new_id(), parents, message, upgrade, downgrade, labels)
        self.revisions.append(revision)
        return revision

    def merge(self, parents):
        revision = Revision(self.new_id(), parents, "merge %d lines" % len(parents), [], [])
        self.revisions.append(revision)
        self.merges += 1
        return revision

    def generate(self, total):
        schema = Schema()
        tip = self.add([], schema)
        next_fork = self.random.randint(40, 60)
        while len(self.revisions) < total:
            left = total - len(self.revisions)
            since_start = len(self.revisions)
            if since_start >= next_fork and left >= 3 * 15 + 1:
                tip, schema = self.fork(tip, schema)
                next_fork = len(self.revisions) + self.random.randint(40, 60)
            else:
                tip = self.add([tip.id], schema)
        return self.revisions

    def fork(self, tip, schema):
        """Writes 2 or 3 lines that start at tip, and the merge that joins them."""
        self.branch_points += 1
        lines = self.random.choice([2, 2, 3])
        tips, schemas = [], []
        for _ in range(lines):
            line_schema = schema.copy()
            labels = ()
            # The first line of the first and the third fork carries a label (Alembic's
            # "label@head" targets), so even a small graph has some.
            if not tips and self.branch_points in (1, 3) and self.labels_left:
                labels = (self.labels_left.pop(0),)
            line_tip = self.add([tip.id], line_schema, labels)
            for _ in range(self.random.randint(5, 15) - 1):
                line_tip = self.add([line_tip.id], line_schema)
            tips.append(line_tip)
            schemas.append(line_schema)
        return self.merge([t.id for t in tips]), Schema.union(schemas)


def slug(message):
    text = "".join(c if c.isalnum() else "_" for c in message.lower())
    return "_".join(part for part in text.split("_") if part)[:40]


def sql_script(revision):
    lines = ["-- Revision: %s" % revision.id]
    if revision.parents:
        lines.append("-- Revises: %s" % ", ".join(revision.parents))
    if revision.labels:
        lines.append("-- Branch-Labels: %s" % ", ".join(revision.labels))
    lines.append("-- Message: %s" % revision.message)
    lines.append("")
    lines.append("-- migrate:upgrade")
    lines.extend(statement + ";" for statement in revision.upgrade)
    lines.append("")
    lines.append("-- migrate:downgrade")
    lines.extend(statement + ";" for statement in reversed(revision.downgrade))
    return "\n".join(lines) + "\n"


def python_literal(values):
    if not values:
        return "None"
    if len(values) == 1:
        return repr(values[0])
    return "(" + ", ".join(repr(v) for v in values) + ")"


def python_body(statements):
    if not statements:
        return "    pass\n"
    return "".join('    op.execute("""%s""")\n' % s for s in statements)


def alembic_script(revision):
    return (
        '"""%s\n\nRevision ID: %s\nRevises: %s\n"""\n'
        "from alembic import op\n\n"
        "revision = %r\n"
        "down_revision = %s\n"
        "branch_labels = %s\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n%s\n\n"
        "def downgrade():\n%s"
        % (
            revision.message,
            revision.id,
            ", ".join(revision.parents),
            revision.id,
            python_literal(revision.parents),
            python_literal(revision.labels),
            python_body(revision.upgrade),
            python_body(list(reversed(revision.downgrade))),
        )
    )


RETORT_TOML = """\
# Generated by bench/generate_graph.py: {count} revisions, seed {seed}.
script_location = "migrations"
url = "sqlite:///app.db"
format = "sql"
"""

ALEMBIC_INI = """\
# Generated by bench/generate_graph.py: {count} revisions, seed {seed}.
[alembic]
script_location = %(here)s/migrations
sqlalchemy.url = sqlite:///app.db

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
"""Offline-only environment: renders SQL with `alembic upgrade ... --sql`, never connects."""
from alembic import context

if not context.is_offline_mode():
    raise SystemExit("this generated benchmark project supports only --sql (offline) mode")

context.configure(
    url=context.config.get_main_option("sqlalchemy.url"),
    literal_binds=True,
    dialect_opts={"paramstyle": "named"},
)
with context.begin_transaction():
    context.run_migrations()
'''


def prepare(directory):
    """Makes directory ready to hold a fresh project; refuses to clear what we did not write."""
    if os.path.isdir(directory) and os.listdir(directory):
        if not os.path.exists(os.path.join(directory, MARKER)):
            sys.exit(
                "generate_graph.py: %r is not empty and was not written by this script; "
                "choose another --out or remove it" % directory
            )
        shutil.rmtree(directory)
    os.makedirs(os.path.join(directory, "migrations", "versions"))
    with open(os.path.join(directory, MARKER), "w") as marker:
        marker.write("written by bench/generate_graph.py; safe to delete\n")


def write_file(path, text):
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def write_retort(directory, revisions, seed, summary):
    prepare(directory)
    write_file(
        os.path.join(directory, "retort.toml"),
        RETORT_TOML.format(count=len(revisions), seed=seed),
    )
    versions = os.path.join(directory, "migrations", "versions")
    for revision in revisions:
        name = "%s_%s.sql" % (revision.id, slug(revision.message))
        write_file(os.path.join(versions, name), sql_script(revision))
    write_file(os.path.join(directory, "graph.json"), json.dumps(summary, indent=2) + "\n")


def write_alembic(directory, revisions, seed, summary):
    prepare(directory)
    write_file(
        os.path.join(directory, "alembic.ini"),
        ALEMBIC_INI.format(count=len(revisions), seed=seed),
    )
    write_file(os.path.join(directory, "migrations", "env.py"), ALEMBIC_ENV)
    versions = os.path.join(directory, "migrations", "versions")
    for revision in revisions:
        name = "%s_%s.py" % (revision.id, slug(revision.message))
        write_file(os.path.join(versions, name), alembic_script(revision))
    write_file(os.path.join(directory, "graph.json"), json.dumps(summary, indent=2) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--revisions", "-n", type=int, required=True, help="how many revisions")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--out", required=True, help="the Retort project folder to write")
    parser.add_argument("--alembic", help="also write the same graph as an Alembic project here")
    args = parser.parse_args(argv)
    if args.revisions < 1:
        parser.error("--revisions must be at least 1")

    generator = Generator(args.seed)
    revisions = generator.generate(args.revisions)
    summary = {
        "revisions": len(revisions),
        "seed": args.seed,
        "branch_points": generator.branch_points,
        "merges": generator.merges,
        "labels": {label: r.id for r in revisions for label in r.labels},
        "base": revisions[0].id,
        "head": revisions[-1].id,
    }
    write_retort(args.out, revisions, args.seed, summary)
    if args.alembic:
        write_alembic(args.alembic, revisions, args.seed, summary)
    print(
        "generate_graph.py: %d revisions (%d branch points, %d merges, labels %s), head %s -> %s%s"
        % (
            len(revisions),
            generator.branch_points,
            generator.merges,
            ", ".join(summary["labels"]) or "none",
            summary["head"],
            args.out,
            " and " + args.alembic if args.alembic else "",
        ),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
