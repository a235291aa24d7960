#!/usr/bin/env bash
# Times `retort check` on a PostgreSQL schema of N tables (issue 5: under 2 s whole-process for
# 500 tables) next to Alembic 1.8.1's `revision --autogenerate` on the same schema (SQLAlchemy
# models generated for it; Alembic 1.8 has no `check`), and next to psql running the models' DDL
# in a rolled-back transaction: the floor for `sql:` models, which are built in a scratch schema.
# Results: bench/out/check-<run>/ (hyperfine JSON, machine.txt, report.md); bench/out/latest-check.
# Settings (environment variables, all optional): TABLES=500 RUNS=5 WARMUP=1
#   ALEMBIC_PYTHON=/usr/bin/python3 PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=postgres
#   PG_ADMIN_DB=postgres (PGPASSWORD if the server asks for one)
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
tables="${TABLES:-500}"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
alembic_python="${ALEMBIC_PYTHON:-/usr/bin/python3}"
pg_host="${PG_HOST:-127.0.0.1}" pg_port="${PG_PORT:-5432}" pg_user="${PG_USER:-postgres}"
pg_admin_db="${PG_ADMIN_DB:-postgres}"
work="$bench/work/check-$tables"
run_id="$(date +%Y%m%d-%H%M%S)"
out="$bench/out/check-$run_id"

unset RETORT_JAVA_OPTS RETORT_CONFIG DATABASE_URL

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'check.sh: %s\n' "$*" >&2; exit 1; }

command -v hyperfine >/dev/null || die "hyperfine is needed (Debian: apt-get install hyperfine)"
command -v psql >/dev/null || die "psql is needed (Debian: apt-get install postgresql-client)"
have_alembic=1
if ! "$alembic_python" -c 'import alembic, psycopg2' 2>/dev/null; then
    have_alembic=0
    printf '\n!!! alembic or psycopg2 is not importable by %s (Debian: apt-get install python3-alembic python3-psycopg2): SKIPPING Alembic.\n\n' "$alembic_python" >&2
fi

psql_on() { local db="$1"; shift; psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" "$@"; }
database="bench_check" models_database="bench_check_models"
url_of() { printf 'postgresql://%s@%s:%s/%s' "$pg_user" "$pg_host" "$pg_port" "$1"; }

say "generating $tables tables in bench/work/check-$tables/"
rm -rf "$work"
python3 "$bench/generate_check.py" --tables "$tables" --out "$work" \
    --url "$(url_of "$database")" --models-url "$(url_of "$models_database")" \
    --sqlalchemy-url "postgresql+psycopg2://$pg_user@$pg_host:$pg_port/$database"

for db in "$database" "$models_database"; do
    say "loading the schema into $db"
    psql_on "$pg_admin_db" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    psql_on "$db" -f "$work/schema.sql"
done
# The DDL again, inside a transaction that is rolled back, in a schema of its own: what building
# `sql:` models costs the server itself.
{
    echo "BEGIN;"
    echo "CREATE SCHEMA bench_scratch;"
    echo "SET LOCAL search_path TO bench_scratch;"
    cat "$work/schema.sql"
    echo "ROLLBACK;"
} >"$work/scratch.sql"

say "building Retort once"
"$root/bin/retort" --version >/dev/null

# A timing of a wrong answer is worthless: each command must find no difference first.
for flavour in sql url; do
    if ! "$root/bin/retort" -c "$work/retort-$flavour/retort.toml" check >"$work/check-$flavour.out" 2>&1; then
        cat "$work/check-$flavour.out" >&2
        die "retort check ($flavour: models) found differences or failed on an identical schema"
    fi
    say "ok: retort check ($flavour: models) finds no difference"
done
alembic_cmd=""
if (( have_alembic )); then
    versions="$work/alembic/migrations/versions"
    (cd "$work/alembic" && "$alembic_python" -m alembic -c alembic.ini revision --autogenerate -m probe) \
        >"$work/alembic.out" 2>&1 || { cat "$work/alembic.out" >&2; die "alembic revision --autogenerate failed"; }
    generated="$(ls "$versions"/*.py)"
    cp "$generated" "$work/alembic-generated.py"
    if ! grep -q '^    pass$' "$generated"; then
        say "note: Alembic found differences on the identical schema (kept in bench/work/check-$tables/alembic-generated.py)"
    else
        say "ok: alembic revision --autogenerate finds no difference"
    fi
    rm -f "$versions"/*.py
    alembic_cmd="cd $(printf %q "$work/alembic") && $(printf %q "$alembic_python") -m alembic -c alembic.ini revision --autogenerate -m bench >/dev/null"
fi

mkdir -p "$out"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "tables: $tables"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
    echo "java: $(java -version 2>&1 | head -n 1)"
    echo "postgresql: $(psql_on "$database" -Atc 'SHOW server_version')"
    echo "alembic: $("$alembic_python" -m alembic --version 2>/dev/null || echo none)"
    echo "sqlalchemy: $("$alembic_python" -c 'import sqlalchemy; print(sqlalchemy.__version__)' 2>/dev/null || echo none)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

commands=(
    --command-name "retort check (sql: models)" "$root/bin/retort -c $work/retort-sql/retort.toml check >/dev/null"
    --command-name "retort check (url: models)" "$root/bin/retort -c $work/retort-url/retort.toml check >/dev/null"
    --command-name "psql: models DDL, rolled back" "psql -X -q -v ON_ERROR_STOP=1 -h $pg_host -p $pg_port -U $pg_user -d $database -f $work/scratch.sql >/dev/null"
)
if [ -n "$alembic_cmd" ]; then
    commands+=(--command-name "alembic revision --autogenerate" "$alembic_cmd")
fi
say "timing ($runs runs, $warmup warm-up)"
hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-json "$out/check.json" \
    --prepare "rm -f $work/alembic/migrations/versions/*.py" "${commands[@]}" >&2
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"

python3 - "$out" >"$out/report.md" <<'EOF'
import json, statistics, sys
out = sys.argv[1]
results = json.load(open(out + "/check.json"))["results"]
medians = {r["command"]: statistics.median(r["times"]) for r in results}
print("| command | median | min – max |")
print("|---|---:|---:|")
for r in results:
    print("| %s | %.3f s | %.3f – %.3f s |" % (r["command"], medians[r["command"]], min(r["times"]), max(r["times"])))
base = medians.get("alembic revision --autogenerate")
print()
for name in ("retort check (sql: models)", "retort check (url: models)"):
    line = "- %s: %.3f s, target under 2 s: %s" % (name, medians[name], "met" if medians[name] < 2 else "NOT met")
    if base:
        line += "; %.2f× Alembic" % (medians[name] / base)
    print(line)
print()
print("```")
print(open(out + "/machine.txt").read().rstrip())
print("```")
EOF
ln -sfn "check-$run_id" "$bench/out/latest-check"
cat "$out/report.md"
