#!/usr/bin/env bash
# Issue 4: Retort's Java scripts on SQLite. N revisions (default 1000) written as Java scripts that
# call op.execute(...) with the same SQL as the SQL scripts next to them: `upgrade head` from an
# empty database with an empty compile cache (first run), then cached, next to the SQL scripts;
# `heads` and `upgrade head --sql` the same way. This is runtime.sh's java part alone: the same
# settings (N, RUNS, WARMUP, SEED) apply, and the results go to bench/out/runtime-<time>/.
set -euo pipefail
exec env PARTS=java DIALECTS=sqlite bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/runtime.sh"
