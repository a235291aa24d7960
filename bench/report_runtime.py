#!/usr/bin/env python3
"""Prints the Markdown report of one bench/runtime.sh run from its folder in bench/out/.

It reads the hyperfine JSON files (named PART__DIALECT__TOOL.json, or java__KIND__COMMAND.json),
commands.tsv (name -> command line), skipped.tsv (name -> why it was not measured), rss.tsv
(group -> peak RSS in KiB and wall seconds of the untimed check run), checks.tsv and
machine.txt. Ratios are taken between medians of the same run only. Python 3 standard library.

    report_runtime.py bench/out/latest-runtime
"""

import json
import os
import re
import sys

DIALECTS = ["sqlite", "postgresql", "mariadb"]
TOOLS = [
    ("native", "native client"),
    ("retort", "Retort"),
    ("alembic", "Alembic"),
    ("flyway", "Flyway"),
    ("liquibase", "Liquibase"),
]
CLIENTS = {"sqlite": "sqlite3", "postgresql": "psql", "mariadb": "mariadb"}
# Issue 3 and issue 4's targets; they are stated for 1,000 revisions.
TARGET_REVISIONS = 1000
UPGRADE_RATIO = 1.3
RSS_LIMIT_MB = 256
CURRENT_DIALECTS = ["sqlite", "postgresql"]
JAVA_FIRST_LIMIT = 15.0
JAVA_CACHED_EXTRA = 0.5


def load_results(folder):
    results = {}
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".json"):
            with open(os.path.join(folder, entry)) as data:
                runs = json.load(data)["results"]
            if runs:
                results[entry[: -len(".json")]] = runs[0]
    return results


def load_tsv(path):
    rows = {}
    if os.path.exists(path):
        with open(path) as lines:
            for line in lines:
                key, _, value = line.rstrip("\n").partition("\t")
                if key:
                    rows.setdefault(key, value)
    return rows


def seconds(value):
    return "%.3f s" % value


def spread(result):
    return "%.3f – %.3f s" % (result["min"], result["max"])


def verdict(ok):
    return "met" if ok else "**NOT met**"


def main(folder):
    results = load_results(folder)
    commands = load_tsv(os.path.join(folder, "commands.tsv"))
    skipped = load_tsv(os.path.join(folder, "skipped.tsv"))
    loads = load_tsv(os.path.join(folder, "load.tsv"))
    rss = {k: v.split("\t") for k, v in load_tsv(os.path.join(folder, "rss.tsv")).items()}
    machine = []
    if os.path.exists(os.path.join(folder, "machine.txt")):
        with open(os.path.join(folder, "machine.txt")) as lines:
            machine = [line.rstrip("\n") for line in lines if line.strip()]
    facts = dict(line.split(": ", 1) for line in machine if ": " in line)
    revisions = int(re.match(r"\d+", facts.get("revisions", "0")).group(0))

    print("## Retort runtime benchmark: run %s" % os.path.basename(os.path.realpath(folder)))
    print()
    for line in machine:
        print("- " + line)
    runs = sorted({len(r["times"]) for r in results.values()})
    print("- runs per command: %s (after warm-up)" % (", ".join(str(n) for n in runs) or "none"))
    if loads:
        print("- load average (1, 5, 15 min) as each measurement began: "
              + "; ".join("%s %s" % (group, load) for group, load in loads.items()))
    if revisions != TARGET_REVISIONS:
        print()
        print("**%d revisions, not %d: the verdicts below apply the 1,000-revision targets to a "
              "smaller run and only show that the machinery works.**" % (revisions, TARGET_REVISIONS))
    print()
    print("Medians of whole processes (hyperfine, output to /dev/null); each `upgrade head` run "
          "starts from an emptied database (the reset is not timed). Peak RSS is from one untimed "
          "run under `/usr/bin/time` before timing, which is also the run that was checked.")

    targets = []

    # upgrade head ---------------------------------------------------------------------------
    if any(key.startswith("upgrade__") for key in results) or any("upgrade head (" in k for k in skipped):
        print()
        print("### `upgrade head` of %d revisions from an empty database" % revisions)
        print()
        print("| database | tool | median | min – max | × native client | Retort ÷ this tool "
              "| peak RSS |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for dialect in DIALECTS:
            native = results.get("upgrade__%s__native" % dialect)
            retort = results.get("upgrade__%s__retort" % dialect)
            if dialect in skipped and not any(
                    key.startswith("upgrade__%s__" % dialect) for key in results):
                print("| %s | all | not measured: %s | | | | |" % (dialect, skipped[dialect]))
                continue
            shown = False
            for tool, label in TOOLS:
                group = "upgrade__%s__%s" % (dialect, tool)
                result = results.get(group)
                name = "%s upgrade head (%s)" % (tool, dialect)
                if tool == "native":
                    label = "%s (%s)" % (label, CLIENTS[dialect])
                memory = "%.0f MB" % (int(rss[group][0]) / 1024.0) if group in rss else ""
                if result is None:
                    reason = skipped.get(name) or skipped.get(dialect)
                    if reason:
                        print("| %s | %s | not measured: %s | | | | |" % (dialect, label, reason))
                        shown = True
                    continue
                shown = True
                cells = [dialect, label, seconds(result["median"]), spread(result)]
                cells.append("%.2f×" % (result["median"] / native["median"]) if native else "")
                cells.append("%.2f" % (retort["median"] / result["median"])
                             if retort and tool != "retort" else "")
                cells.append(memory)
                print("| " + " | ".join(cells) + " |")
            if retort and native:
                ratio = retort["median"] / native["median"]
                targets.append("`upgrade head` on %s: Retort %.2f× the %s client (limit %.1f×): %s"
                               % (dialect, ratio, CLIENTS[dialect], UPGRADE_RATIO,
                                  verdict(ratio <= UPGRADE_RATIO)))
            elif any(k.startswith("upgrade__%s" % dialect) for k in results):
                targets.append("`upgrade head` on %s against the %s client: not measured"
                               % (dialect, CLIENTS[dialect]))
            group = "upgrade__%s__retort" % dialect
            if group in rss:
                megabytes = int(rss[group][0]) / 1024.0
                targets.append("peak RSS of Retort's `upgrade head` on %s: %.0f MB (limit %d MB): %s"
                               % (dialect, megabytes, RSS_LIMIT_MB, verdict(megabytes < RSS_LIMIT_MB)))

    # current --------------------------------------------------------------------------------
    if any(key.startswith("current__") for key in results):
        print()
        print("### `current` on an up-to-date database")
        print()
        print("| database | Retort median | Retort min – max | Alembic median | Alembic min – max "
              "| Retort ÷ Alembic |")
        print("|---|---:|---:|---:|---:|---:|")
        for dialect in DIALECTS:
            retort = results.get("current__%s__retort" % dialect)
            alembic = results.get("current__%s__alembic" % dialect)
            if not retort and not alembic:
                continue
            cells = [dialect]
            for tool, result in (("retort", retort), ("alembic", alembic)):
                if result:
                    cells += [seconds(result["median"]), spread(result)]
                else:
                    cells += ["not measured: " + skipped.get("%s current (%s)" % (tool, dialect),
                              skipped.get(tool, "not run")), ""]
            cells.append("%.2f" % (retort["median"] / alembic["median"]) if retort and alembic else "")
            print("| " + " | ".join(cells) + " |")
            if dialect in CURRENT_DIALECTS:
                if retort and alembic:
                    targets.append("`current` on %s: Retort %s, Alembic %s (Retort at or below): %s"
                                   % (dialect, seconds(retort["median"]), seconds(alembic["median"]),
                                      verdict(retort["median"] <= alembic["median"])))
                else:
                    targets.append("`current` on %s: not measured" % dialect)

    # Java scripts ---------------------------------------------------------------------------
    java_rows = [
        ("upgrade", "`upgrade head` from an empty SQLite database"),
        ("heads", "`heads`"),
        ("offline", "`upgrade head --sql`"),
    ]
    if any(key.startswith("java__") for key in results):
        print()
        print("### Java scripts: %d revisions as Java (each `op.execute` of the same SQL) and as SQL"
              % revisions)
        print()
        print("First run: the compile cache (`migrations/.retort-cache/`) deleted before each run. "
              "`heads` reads `@Revision` from the source and compiles nothing, so it has no first "
              "run of its own.")
        print()
        print("| command | Java, first run | Java, cached | SQL | cached Java − SQL "
              "| first run − SQL |")
        print("|---|---:|---:|---:|---:|---:|")
        for command, label in java_rows:
            first = results.get("java__first__%s" % command)
            cached = results.get("java__cached__%s" % command)
            sql = results.get("java__sql__%s" % command)
            if not (first or cached or sql):
                continue
            cell = lambda r: "%s (%s)" % (seconds(r["median"]), spread(r)) if r else ""
            cells = [label, cell(first), cell(cached), cell(sql),
                     "%+.3f s" % (cached["median"] - sql["median"]) if cached and sql else "",
                     "%+.3f s" % (first["median"] - sql["median"]) if first and sql else ""]
            print("| " + " | ".join(cells) + " |")
            if first and command == "upgrade":
                targets.append("Java, first run (compiling) of `upgrade head`: %s (limit %s): %s"
                               % (seconds(first["median"]), seconds(JAVA_FIRST_LIMIT),
                                  verdict(first["median"] < JAVA_FIRST_LIMIT)))
            if cached and sql:
                extra = cached["median"] - sql["median"]
                targets.append("Java, cached, `%s` over SQL scripts: %+.3f s (limit +%s): %s"
                               % (label.strip("`").split("`")[0], extra, seconds(JAVA_CACHED_EXTRA),
                                  verdict(extra < JAVA_CACHED_EXTRA)))

    print()
    print("### Targets")
    print()
    if revisions != TARGET_REVISIONS:
        print("(stated for %d revisions; this run has %d)" % (TARGET_REVISIONS, revisions))
        print()
    for line in targets or ["nothing was measured"]:
        print("- " + line)
    if skipped:
        print()
        print("### Not measured")
        print()
        for key, reason in skipped.items():
            print("- %s: %s" % (key, reason))
    print()
    print("### Command lines")
    print()
    print("```")
    for key, command in commands.items():
        print("%-58s %s" % (key, command))
    print("```")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: report_runtime.py bench/out/runtime-<run>")
    main(sys.argv[1])
