#!/usr/bin/env bash
# Times Retort's graph commands on generated projects of 1,000 and 10,000 revisions with
# branches and merges, and Alembic on the identical graphs, as whole processes with hyperfine.
# Results: bench/out/<run>/ (hyperfine JSON, machine.txt, report.md); bench/out/latest points
# at the newest run. See bench/README.md. Settings (environment variables, all optional):
#   RUNS=5 WARMUP=1 SEED=1 ALEMBIC_LIMIT=60 (seconds one Alembic run on 10k may take)
#   ALEMBIC_PYTHON=/usr/bin/python3 (the Python that has alembic installed)
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
work="$bench/work"
runs="${RUNS:-5}"
warmup="${WARMUP:-1}"
seed="${SEED:-1}"
alembic_limit="${ALEMBIC_LIMIT:-60}"
alembic_python="${ALEMBIC_PYTHON:-/usr/bin/python3}"
generator_python="$(command -v python3 || true)"
run_id="$(date +%Y%m%d-%H%M%S)"
out="$bench/out/$run_id"

# What the user's shell sets must not change what is timed.
unset RETORT_JAVA_OPTS RETORT_CONFIG DATABASE_URL

say() { printf '==> %s\n' "$*" >&2; }
loud() { printf '\n!!! %s\n\n' "$*" >&2; }
die() { printf 'graph.sh: %s\n' "$*" >&2; exit 1; }

[ -n "$generator_python" ] || die "python3 is needed to generate the projects (standard library only)"
command -v java >/dev/null || die "java (17 or later) is needed to run Retort"
(( runs >= 1 && warmup >= 0 )) || die "RUNS must be at least 1 and WARMUP at least 0"

have_hyperfine=1
if ! command -v hyperfine >/dev/null; then
    have_hyperfine=0
    loud "hyperfine is not installed (Debian: apt-get install hyperfine): NOTHING WILL BE TIMED;
    the projects are still generated and checked."
fi
have_alembic=1
if ! "$alembic_python" -m alembic --version >/dev/null 2>&1; then
    have_alembic=0
    loud "alembic is not importable by $alembic_python (Debian: apt-get install python3-alembic,
    or set ALEMBIC_PYTHON): SKIPPING every Alembic measurement."
fi

mkdir -p "$out" "$work"
skipped="$out/skipped.tsv"
: >"$skipped"
: >"$out/commands.tsv"
: >"$out/load.tsv"

say "building Retort once (bin/retort --version)"
"$root/bin/retort" --version >/dev/null

retort_project() { printf '%s/retort-%s' "$work" "$1"; }
alembic_project() { printf '%s/alembic-%s' "$work" "$1"; }

for size in 1k 10k; do
    count="${size%k}000"
    say "generating $count revisions (seed $seed) in bench/work/"
    args=(--revisions "$count" --seed "$seed" --out "$(retort_project "$size")")
    if (( have_alembic )); then
        args+=(--alembic "$(alembic_project "$size")")
    fi
    "$generator_python" "$bench/generate_graph.py" "${args[@]}"
done

# The command lines that are timed; each is a string hyperfine hands to the shell.
quote() { printf '%q ' "$@" | sed 's/ $//'; }
retort() { quote "$root/bin/retort" "$@"; }
alembic() { quote "$alembic_python" -m alembic "$@"; }
retort_in() { local size="$1"; shift; retort -c "$(retort_project "$size")/retort.toml" "$@"; }
alembic_in() { local size="$1"; shift; alembic -c "$(alembic_project "$size")/alembic.ini" "$@"; }

expected() { # expected SIZE KEY: a value from the generator's graph.json
    "$generator_python" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' \
        "$(retort_project "$1")/graph.json" "$2"
}

# A timing of a wrong answer is worthless: check what each command prints before timing it.
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        die "check failed: $1: expected '$2', got '$3'"
    fi
    say "ok: $1 = $3"
}
for size in 1k 10k; do
    head="$(expected "$size" head)"
    count="$(expected "$size" revisions)"
    check "retort heads ($size)" "$head" \
        "$(eval "$(retort_in "$size" heads)" | awk '{print $1}' | paste -sd' ')"
    check "retort history lines ($size)" "$count" "$(eval "$(retort_in "$size" history)" | wc -l)"
    check "retort upgrade head --sql revisions ($size)" "$count" \
        "$(eval "$(retort_in "$size" upgrade head --sql --dialect sqlite)" | grep -c '^-- Running upgrade')"
    if (( have_alembic )) && [ "$size" = 1k ]; then
        check "alembic heads ($size)" "$head" \
            "$(eval "$(alembic_in "$size" heads)" | awk '{print $1}' | paste -sd' ')"
    fi
done
if command -v sqlite3 >/dev/null; then
    say "running Retort's offline SQL for 1k revisions through sqlite3"
    rm -f "$work/check-1k.db"
    eval "$(retort_in 1k upgrade head --sql --dialect sqlite)" | sqlite3 -bail "$work/check-1k.db" \
        || die "sqlite3 rejected the SQL of 'retort upgrade head --sql' (1k)"
    check "version row after sqlite3 (1k)" "$(expected 1k head)" \
        "$(sqlite3 "$work/check-1k.db" 'SELECT version_num FROM retort_version')"
    rm -f "$work/check-1k.db"
else
    say "sqlite3 not found: not running the offline SQL through a database"
fi

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "java: $(java -version 2>&1 | paste -sd';' | sed 's/;/; /g')"
    echo "hyperfine: $(hyperfine --version 2>/dev/null || echo none)"
    echo "alembic: $("$alembic_python" -m alembic --version 2>/dev/null || echo none)"
    echo "python: $("$alembic_python" --version 2>&1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

load1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v now="$load1" -v cpus="$(nproc)" 'BEGIN { exit !(now > cpus / 2) }'; then
    loud "the 1-minute load average is $load1 on $(nproc) CPUs: other work is running and the
    figures will be noisy. Rerun when the machine is quieter and keep the quieter run."
fi

if (( ! have_hyperfine )); then
    loud "hyperfine is missing: the projects are generated and checked, nothing was timed."
    exit 0
fi

# Alembic on 10,000 revisions is timed only when one run finishes within the limit.
alembic_fits() { # alembic_fits NAME COMMAND
    local start end status=0
    start="$(date +%s.%N)"
    timeout "$alembic_limit" bash -c "$2" >/dev/null 2>"$out/probe.err" || status=$?
    end="$(date +%s.%N)"
    if [ "$status" = 0 ]; then
        say "probe: $1 took $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"
        return 0
    elif [ "$status" = 124 ]; then
        printf '%s\tone run took over %s s (ALEMBIC_LIMIT)\n' "$1" "$alembic_limit" >>"$skipped"
    else
        printf '%s\tfailed with exit status %s: %s\n' "$1" "$status" \
            "$(tail -1 "$out/probe.err")" >>"$skipped"
    fi
    loud "not timing $1: $(tail -1 "$skipped" | cut -f2)"
    return 1
}

measure() { # measure GROUP [NAME COMMAND]...: one hyperfine run, results in $out/GROUP.json
    local group="$1"
    shift
    local args=()
    while (( $# )); do
        args+=(--command-name "$1" "$2")
        printf '%s\t%s\n' "$1" "$2" >>"$out/commands.tsv"
        shift 2
    done
    say "timing $group"
    printf '%s\t%s\n' "$group" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/load.tsv"
    hyperfine --style basic --warmup "$warmup" --runs "$runs" \
        --export-json "$out/$group.json" "${args[@]}" 2>&1 | tee -a "$out/hyperfine.log" >&2
}

pair() { # pair LABEL SIZE RETORT_ARGS... -- ALEMBIC_ARGS...: Retort and Alembic doing LABEL
    local label="$1" size="$2"
    shift 2
    local retort_args=()
    while (( $# )) && [ "$1" != -- ]; do retort_args+=("$1"); shift; done
    [ "${1:-}" = -- ] && shift
    local group alembic_command
    group="$(printf '%s-%s' "$label" "$size" | tr -c 'a-z0-9\n-' '_')"
    alembic_command="$(alembic_in "$size" "$@")"
    local commands=("retort $label ($size)" "$(retort_in "$size" "${retort_args[@]}")")
    if (( ! have_alembic )); then
        printf '%s\talembic is not installed\n' "alembic $label ($size)" >>"$skipped"
    elif [ "$size" = 1k ] || alembic_fits "alembic $label ($size)" "$alembic_command"; then
        commands+=("alembic $label ($size)" "$alembic_command")
    fi
    measure "$group" "${commands[@]}"
}

start_commands=("retort --version" "$(retort --version)")
if (( have_alembic )); then
    start_commands+=("alembic --version" "$(alembic --version)")
else
    printf '%s\talembic is not installed\n' "alembic --version" >>"$skipped"
fi
measure start "${start_commands[@]}"
pair heads 10k heads -- heads
pair history 10k history -- history
pair "upgrade head --sql" 1k upgrade head --sql --dialect sqlite -- upgrade head --sql
pair "upgrade head --sql" 10k upgrade head --sql --dialect sqlite -- upgrade head --sql

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
rm -f "$out/probe.err"
"$generator_python" "$bench/report.py" "$out" | tee "$out/report.md"
ln -sfn "$run_id" "$bench/out/latest"
say "results: bench/out/$run_id/ (also bench/out/latest)"
