#!/usr/bin/env bash
# Times `upgrade head` of N small linear revisions from an empty database on SQLite, PostgreSQL and
# MariaDB: the database's own client running the same statements (one transaction per revision),
# Retort, Alembic, Flyway and Liquibase; then `current` on the up-to-date database for Retort and
# Alembic; and (PARTS=java, or bench/java.sh) Retort's Java scripts against the same revisions as
# SQL scripts. Every figure is a whole process timed by hyperfine, each run on a freshly emptied
# database. Results: bench/out/<run>/ and report.md; bench/out/latest points at the newest run.
# See bench/README.md. Settings (environment variables, all optional):
#   N=1000 RUNS=5 WARMUP=1 SEED=1
#   DIALECTS="sqlite postgresql mariadb"   which databases
#   PARTS="upgrade current java"           what to time (java: SQLite only)
#   TOOLS="native retort alembic flyway liquibase"   who runs `upgrade head`
#   ALEMBIC_PYTHON=/usr/bin/python3   PEER_JAVA_OPTS=""   (options for Flyway's and Liquibase's JVM)
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=postgres PG_ADMIN_DB=postgres (PGPASSWORD if needed)
#   MARIADB_HOST=127.0.0.1 MARIADB_PORT=3306 MARIADB_USER=root MARIADB_PASSWORD=
set -euo pipefail

# The whole script is one function, read before it runs: editing this file during a run (it takes
# a while) cannot change the run.
main() {
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
count="${N:-1000}"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
seed="${SEED:-1}"
dialects="${DIALECTS:-sqlite postgresql mariadb}"
parts="${PARTS:-upgrade current java}"
tools="${TOOLS:-native retort alembic flyway liquibase}"
alembic_python="${ALEMBIC_PYTHON:-/usr/bin/python3}"
peer_java_opts="${PEER_JAVA_OPTS:-}"
pg_host="${PG_HOST:-127.0.0.1}" pg_port="${PG_PORT:-5432}" pg_user="${PG_USER:-postgres}"
pg_admin_db="${PG_ADMIN_DB:-postgres}"
my_host="${MARIADB_HOST:-127.0.0.1}" my_port="${MARIADB_PORT:-3306}" my_user="${MARIADB_USER:-root}"
my_password="${MARIADB_PASSWORD:-}"
generator_python="$(command -v python3 || true)"
work="$bench/work"
project="$work/runtime-$count"
peers="$work/peers"
run_id="$(date +%Y%m%d-%H%M%S)"
out="$bench/out/runtime-$run_id"

# What the user's shell sets must not change what is timed.
unset RETORT_JAVA_OPTS RETORT_CONFIG DATABASE_URL
# Flyway and Liquibase: no usage reporting over the network.
export REDGATE_DISABLE_TELEMETRY=true LIQUIBASE_ANALYTICS_ENABLED=false

say() { printf '==> %s\n' "$*" >&2; }
loud() { printf '\n!!! %s\n\n' "$*" >&2; }
die() { printf 'runtime.sh: %s\n' "$*" >&2; exit 1; }
has() { [[ " $1 " == *" $2 "* ]]; }

[ -n "$generator_python" ] || die "python3 is needed to generate the projects (standard library only)"
command -v java >/dev/null || die "java (17 or later) is needed to run Retort"
(( count >= 4 && runs >= 1 && warmup >= 0 )) || die "N must be at least 4, RUNS at least 1, WARMUP at least 0"
for dialect in $dialects; do
    case "$dialect" in sqlite|postgresql|mariadb) ;; *) die "unknown dialect in DIALECTS: $dialect" ;; esac
done

mkdir -p "$out" "$work"
skipped="$out/skipped.tsv"
: >"$skipped" ; : >"$out/commands.tsv" ; : >"$out/load.tsv" ; : >"$out/rss.tsv" ; : >"$out/checks.tsv"
skip() { # skip NAME REASON: not measured, said loudly and in the report
    printf '%s\t%s\n' "$1" "$2" >>"$skipped"
    loud "skipping $1: $2"
}

have_hyperfine=1
command -v hyperfine >/dev/null || { have_hyperfine=0; loud "hyperfine is not installed (Debian:
    apt-get install hyperfine): NOTHING WILL BE TIMED; the tools are still run once and checked."; }
have_time=1
[ -x /usr/bin/time ] || { have_time=0; skip "peak RSS" "/usr/bin/time is missing (Debian: apt-get install time)"; }

# --- the tools -------------------------------------------------------------------------------

say "building Retort once (bin/retort --version)"
"$root/bin/retort" --version >/dev/null

have_alembic=1
if ! has "$tools" alembic || ! { has "$parts" upgrade || has "$parts" current; }; then
    have_alembic=0
elif ! "$alembic_python" -m alembic --version >/dev/null 2>&1; then
    have_alembic=0
    skip "alembic" "not importable by $alembic_python (Debian: apt-get install python3-alembic, or set ALEMBIC_PYTHON)"
fi

# Flyway and Liquibase: jars from Maven Central (bench/peers/pom.xml), runners compiled once.
have_peers=0
if { has "$parts" upgrade || has "$parts" current; } && { has "$tools" flyway || has "$tools" liquibase; }; then
    stamp="$peers/fetched-$(cksum <"$bench/peers/pom.xml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ]; then
        say "fetching Flyway, Liquibase and JDBC drivers from Maven Central into bench/work/peers/lib"
        rm -rf "$peers"
        mkdir -p "$peers"
        if command -v mvn >/dev/null && mvn -B -q -f "$bench/peers/pom.xml" dependency:copy-dependencies \
            -DoutputDirectory="$peers/lib" >"$peers/fetch.log" 2>&1; then
            touch "$stamp"
        else
            skip "flyway, liquibase" "could not fetch their jars with Maven (see bench/work/peers/fetch.log)"
        fi
    fi
    if [ -f "$stamp" ]; then
        if [ ! -f "$peers/classes/LiquibaseRunner.class" ] || [ "$bench/peers/LiquibaseRunner.java" -nt "$peers/classes/LiquibaseRunner.class" ] \
            || [ "$bench/peers/FlywayRunner.java" -nt "$peers/classes/FlywayRunner.class" ]; then
            mkdir -p "$peers/classes"
            javac -d "$peers/classes" -cp "$peers/lib/*" "$bench/peers/FlywayRunner.java" \
                "$bench/peers/LiquibaseRunner.java" 2>"$peers/javac.log" || true
        fi
        if [ -f "$peers/classes/LiquibaseRunner.class" ] && [ -f "$peers/classes/FlywayRunner.class" ]; then
            have_peers=1
        else
            skip "flyway, liquibase" "the runners did not compile (see bench/work/peers/javac.log)"
        fi
    fi
fi

# --- the databases ---------------------------------------------------------------------------

pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" "$@"; }
my() { MYSQL_PWD="$my_password" mariadb --protocol=tcp -h "$my_host" -P "$my_port" -u "$my_user" "$@"; }
usable=""
for dialect in $dialects; do
    case "$dialect" in
        sqlite) command -v sqlite3 >/dev/null && usable+=" sqlite" \
            || skip "sqlite" "the sqlite3 client is missing (Debian: apt-get install sqlite3)" ;;
        postgresql) command -v psql >/dev/null && pg -d "$pg_admin_db" -c 'SELECT 1' >/dev/null 2>&1 \
            && usable+=" postgresql" \
            || skip "postgresql" "psql cannot reach $pg_user@$pg_host:$pg_port/$pg_admin_db" ;;
        mariadb) command -v mariadb >/dev/null && my -e 'SELECT 1' >/dev/null 2>&1 && usable+=" mariadb" \
            || skip "mariadb" "the mariadb client cannot reach $my_user@$my_host:$my_port" ;;
    esac
done
[ -n "$usable" ] || die "no database to measure on (DIALECTS=$dialects)"

say "generating $count revisions (seed $seed) in bench/work/runtime-$count/"
pg_login="$pg_user${PGPASSWORD:+:$PGPASSWORD}@$pg_host:$pg_port"
my_login="$my_user${my_password:+:$my_password}@$my_host:$my_port"
"$generator_python" "$bench/generate_runtime.py" --revisions "$count" --seed "$seed" --out "$project" \
    --postgresql "$pg_login" --mariadb "$my_login"

json() { # json FILE PYTHON-EXPRESSION-ON-d
    "$generator_python" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"
}
expected="$(json "$project/expected.json" 'd["check"]')"
head_id="$(json "$project/expected.json" 'd["head"]')"
db() { json "$project/databases.json" "d[\"$1\"][\"$2\"][\"$3\"]"; } # db DIALECT TOOL KEY

# --- command lines (strings hyperfine hands to sh) ------------------------------------------

quote() { printf '%q ' "$@" | sed 's/ $//'; }
sqlite_files() { local f; f="$(db sqlite "$1" file)"; quote rm -f "$f" "$f-journal" "$f-wal" "$f-shm" "$f.retort_version.lock"; }
reset_command() { # reset_command DIALECT TOOL: empties the tool's database
    local name
    case "$1" in
        sqlite) sqlite_files "$2" ;;
        postgresql)
            name="$(db postgresql "$2" database)"
            printf '%s' "$(quote psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_admin_db" \
                -c "SET client_min_messages TO warning" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name") >/dev/null" ;;
        mariadb)
            name="$(db mariadb "$2" database)"
            printf 'MYSQL_PWD=%q %s' "$my_password" "$(quote mariadb --protocol=tcp -h "$my_host" -P "$my_port" -u "$my_user" \
                -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name")" ;;
    esac
}
check_command() { # check_command DIALECT TOOL: prints "tables indexes rows"
    local query
    query="$(json "$project/expected.json" "d['check_queries']['$1']")"
    case "$1" in
        sqlite) printf '%s' "$(quote sqlite3 -separator ' ' "$(db sqlite "$2" file)" "$query")" ;;
        postgresql) printf '%s' "$(quote psql -X -A -t -F ' ' -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$(db postgresql "$2" database)" -c "$query")" ;;
        mariadb) printf 'MYSQL_PWD=%q %s' "$my_password" "$(quote mariadb --protocol=tcp -h "$my_host" -P "$my_port" -u "$my_user" -N -B \
            "$(db mariadb "$2" database)" -e "$query") | tr '\t' ' '" ;;
    esac
}
upgrade_command() { # upgrade_command DIALECT TOOL
    local dialect="$1" tool="$2"
    case "$tool" in
        native)
            case "$dialect" in
                sqlite) printf '%s < %q' "$(quote sqlite3 -bail "$(db sqlite native file)")" "$project/native/sqlite.sql" ;;
                postgresql) quote psql -X -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U "$pg_user" \
                    -d "$(db postgresql native database)" -f "$project/native/postgresql.sql" ;;
                mariadb) printf 'MYSQL_PWD=%q %s < %q' "$my_password" "$(quote mariadb --protocol=tcp -h "$my_host" \
                    -P "$my_port" -u "$my_user" "$(db mariadb native database)")" "$project/native/mariadb.sql" ;;
            esac ;;
        retort) quote "$root/bin/retort" -c "$project/retort-sql/retort-$dialect.toml" upgrade head ;;
        retort_java) quote "$root/bin/retort" -c "$project/retort-java/retort-$dialect.toml" upgrade head ;;
        alembic) quote "$alembic_python" -m alembic -c "$project/alembic/alembic-$dialect.ini" upgrade head ;;
        flyway|liquibase)
            local runner=FlywayRunner target="$project/flyway/sql"
            [ "$tool" = liquibase ] && runner=LiquibaseRunner target="$project/liquibase/changelog.xml"
            # shellcheck disable=SC2086 # PEER_JAVA_OPTS is a list of options
            quote java $peer_java_opts -cp "$peers/classes:$peers/lib/*" "$runner" "$(db "$dialect" "$tool" jdbc)" \
                "$(db "$dialect" "$tool" user)" "$(db "$dialect" "$tool" password)" "$target" ;;
    esac
}
current_command() { # current_command DIALECT TOOL
    case "$2" in
        retort) quote "$root/bin/retort" -c "$project/retort-sql/retort-$1.toml" current ;;
        alembic) quote "$alembic_python" -m alembic -c "$project/alembic/alembic-$1.ini" current ;;
    esac
}

# --- measuring -------------------------------------------------------------------------------

measure() { # measure GROUP NAME COMMAND [PREPARE]: one hyperfine run, results in $out/GROUP.json
    local group="$1" name="$2" command="$3" prepare="${4:-}"
    printf '%s\t%s\n' "$name" "$command" >>"$out/commands.tsv"
    [ -n "$prepare" ] && printf '%s\t%s\n' "$name [prepare]" "$prepare" >>"$out/commands.tsv"
    (( have_hyperfine )) || return 0
    say "timing $name"
    printf '%s\t%s\n' "$group" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/load.tsv"
    local args=(--style basic --warmup "$warmup" --runs "$runs" --export-json "$out/$group.json")
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    if ! hyperfine "${args[@]}" --command-name "$name" "$command" 2>&1 | tee -a "$out/hyperfine.log" >&2; then
        rm -f "$out/$group.json"
        skip "$name" "failed while timed (see hyperfine.log)"
    fi
}

# run_checked GROUP NAME DIALECT TOOL COMMAND: one untimed run on an empty database, with its peak
# RSS, then checks that all N revisions took effect. Returns 1 (and skips NAME) when not.
run_checked() {
    local group="$1" name="$2" dialect="$3" tool="$4" command="$5" status=0 got
    eval "$(reset_command "$dialect" "$tool")" || { skip "$name" "could not empty its database"; return 1; }
    if (( have_time )); then
        /usr/bin/time -f '%M %e' -o "$out/time.tmp" bash -c "$command" >/dev/null 2>"$out/run.err" || status=$?
    else
        bash -c "$command" >/dev/null 2>"$out/run.err" || status=$?
    fi
    if [ "$status" != 0 ]; then
        skip "$name" "failed with exit status $status: $(grep -v '^\s*$' "$out/run.err" | grep -iv warn | tail -1 | cut -c1-200)"
        return 1
    fi
    got="$(eval "$(check_command "$dialect" "$tool")" 2>/dev/null | tr -s ' ' | sed 's/^ //; s/ $//')" || true
    printf '%s\t%s\t%s\n' "$name" "$expected" "$got" >>"$out/checks.tsv"
    if [ "$got" != "$expected" ]; then
        skip "$name" "check failed: expected tables/indexes/rows '$expected', got '$got'"
        return 1
    fi
    say "ok: $name left $expected (tables indexes rows)"
    if (( have_time )); then
        printf '%s\t%s\n' "$group" "$(tr ' ' '\t' <"$out/time.tmp" | tail -1)" >>"$out/rss.tsv"
    fi
}

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "revisions: $count (seed $seed)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "java: $(java -version 2>&1 | paste -sd';' | sed 's/;/; /g')"
    echo "retort: $("$root/bin/retort" --version 2>&1 | head -1)"
    echo "hyperfine: $(hyperfine --version 2>/dev/null || echo none)"
    echo "alembic: $("$alembic_python" -m alembic --version 2>/dev/null || echo none) ($("$alembic_python" --version 2>&1); SQLAlchemy $("$alembic_python" -c 'import sqlalchemy; print(sqlalchemy.__version__)' 2>/dev/null || echo none))"
    echo "peers: $(ls "$peers/lib" 2>/dev/null | grep -E '^(flyway-core|liquibase-core|sqlite-jdbc|postgresql|mariadb-java-client)-' | sed 's/\.jar$//' | paste -sd' ' || echo none)"
    echo "sqlite3: $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo none)"
    has "$usable" postgresql && echo "postgresql: $(pg -d "$pg_admin_db" -At -c 'SHOW server_version' 2>/dev/null)"
    has "$usable" mariadb && echo "mariadb: $(my -N -e 'SELECT VERSION()' 2>/dev/null)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

load1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v now="$load1" -v cpus="$(nproc)" 'BEGIN { exit !(now > cpus / 2) }'; then
    loud "the 1-minute load average is $load1 on $(nproc) CPUs: other work is running and the
    figures will be noisy. Rerun when the machine is quieter and keep the quieter run."
fi

# --- upgrade head and current ----------------------------------------------------------------

for dialect in $usable; do
    if has "$parts" upgrade || has "$parts" current; then
        for tool in $tools; do
            name="$tool upgrade head ($dialect)"
            case "$tool" in
                native|retort) ;;
                alembic) (( have_alembic )) || { printf '%s\talembic is not installed\n' "$name" >>"$skipped"; continue; }
                    module=psycopg2; [ "$dialect" = mariadb ] && module=pymysql
                    if [ "$dialect" != sqlite ] && ! "$alembic_python" -c "import $module" 2>/dev/null; then
                        skip "$name" "$alembic_python cannot import $module (Debian: python3-$module)"; continue
                    fi ;;
                flyway|liquibase) (( have_peers )) || { printf '%s\tits jars or runner are missing\n' "$name" >>"$skipped"; continue; } ;;
                *) die "unknown tool in TOOLS: $tool" ;;
            esac
            group="upgrade__${dialect}__$tool"
            command="$(upgrade_command "$dialect" "$tool")"
            # Without the upgrade part, still bring the database to head for `current`.
            run_checked "$group" "$name" "$dialect" "$tool" "$command" || continue
            if has "$parts" upgrade; then
                measure "$group" "$name" "$command" "$(reset_command "$dialect" "$tool")"
            fi
            if has "$parts" current && { [ "$tool" = retort ] || [ "$tool" = alembic ]; }; then
                name="$tool current ($dialect)"
                command="$(current_command "$dialect" "$tool")"
                got="$(eval "$command" 2>/dev/null | awk '{print $1}' | paste -sd' ')" || true
                if [ "$got" = "$head_id" ]; then
                    say "ok: $name = $got"
                    measure "current__${dialect}__$tool" "$name" "$command"
                else
                    skip "$name" "printed '$got', not the head $head_id"
                fi
            fi
        done
    fi
done

# --- Java scripts (issue 4), SQLite ----------------------------------------------------------

if has "$parts" java; then
    if ! has "$usable" sqlite; then
        skip "java scripts" "they are timed on SQLite, which is not measured in this run"
    else
        java_toml="$project/retort-java/retort-sqlite.toml"
        sql_toml="$project/retort-sql/retort-sqlite.toml"
        cache="$project/retort-java/migrations/.retort-cache"
        retort_j() { quote "$root/bin/retort" -c "$java_toml" "$@"; }
        retort_s() { quote "$root/bin/retort" -c "$sql_toml" "$@"; }
        cold="$(quote rm -rf "$cache")"
        # The first run compiles: check it, and the cached run after it, before timing.
        eval "$cold"
        if run_checked java__first__upgrade "retort java upgrade head, first run ($count, sqlite)" sqlite retort_java "$(retort_j upgrade head)" \
            && [ -d "$cache" ] \
            && run_checked java__cached__upgrade "retort java upgrade head, cached ($count, sqlite)" sqlite retort_java "$(retort_j upgrade head)" \
            && run_checked java__sql__upgrade "retort sql upgrade head ($count, sqlite)" sqlite retort "$(retort_s upgrade head)"; then
            measure java__first__upgrade "retort java upgrade head, first run ($count, sqlite)" "$(retort_j upgrade head)" \
                "$cold; $(reset_command sqlite retort_java)"
            measure java__cached__upgrade "retort java upgrade head, cached ($count, sqlite)" "$(retort_j upgrade head)" \
                "$(reset_command sqlite retort_java)"
            measure java__sql__upgrade "retort sql upgrade head ($count, sqlite)" "$(retort_s upgrade head)" \
                "$(reset_command sqlite retort)"
        fi
        # heads reads @Revision from the source; upgrade --sql runs the classes to render the SQL.
        heads_java="$(eval "$(retort_j heads)" 2>/dev/null | awk '{print $1}')" || true
        heads_sql="$(eval "$(retort_s heads)" 2>/dev/null | awk '{print $1}')" || true
        if [ "$heads_java" = "$head_id" ] && [ "$heads_sql" = "$head_id" ]; then
            measure java__cached__heads "retort java heads ($count)" "$(retort_j heads)"
            measure java__sql__heads "retort sql heads ($count)" "$(retort_s heads)"
        else
            skip "retort heads (java, sql)" "printed '$heads_java' / '$heads_sql', not the head $head_id"
        fi
        offline_java="$(eval "$(retort_j upgrade head --sql)" 2>/dev/null | grep -c '^-- Running upgrade')" || true
        offline_sql="$(eval "$(retort_s upgrade head --sql)" 2>/dev/null | grep -c '^-- Running upgrade')" || true
        if [ "$offline_java" = "$count" ] && [ "$offline_sql" = "$count" ]; then
            # Both outputs must be the same SQL: the Java scripts only call op.execute.
            if ! diff <(eval "$(retort_j upgrade head --sql)" 2>/dev/null) <(eval "$(retort_s upgrade head --sql)" 2>/dev/null) >"$out/offline.diff"; then
                loud "upgrade head --sql differs between the Java and SQL projects (see offline.diff)"
            fi
            measure java__first__offline "retort java upgrade head --sql, first run ($count)" "$(retort_j upgrade head --sql)" "$cold"
            eval "$(retort_j upgrade head --sql)" >/dev/null 2>&1 || true
            measure java__cached__offline "retort java upgrade head --sql, cached ($count)" "$(retort_j upgrade head --sql)"
            measure java__sql__offline "retort sql upgrade head --sql ($count)" "$(retort_s upgrade head --sql)"
        else
            skip "retort upgrade head --sql (java, sql)" "printed $offline_java / $offline_sql revisions, not $count"
        fi
    fi
fi

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
rm -f "$out/time.tmp" "$out/run.err"
(( have_hyperfine )) || loud "hyperfine is missing: the tools were run and checked, nothing was timed."
"$generator_python" "$bench/report_runtime.py" "$out" | tee "$out/report.md"
ln -sfn "runtime-$run_id" "$bench/out/latest-runtime"
say "results: bench/out/runtime-$run_id/ (also bench/out/latest-runtime)"
}

main "$@"
