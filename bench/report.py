#!/usr/bin/env python3
"""Prints the Markdown report of one bench/graph.sh run from its folder in bench/out/.

It reads the hyperfine JSON files, commands.tsv (name -> command line), skipped.tsv (name ->
why it was not timed) and machine.txt. "Own time" is a command's median minus the median of the
same tool's `--version` in the same run: what the command costs after the runtime has started
and parsed its command line. Python 3 standard library only.

    report.py bench/out/latest
"""

import json
import os
import sys

# (label, size) rows in the order they are shown; start is the baseline.
ROWS = [
    ("--version", None),
    ("heads", "10k"),
    ("history", "10k"),
    ("upgrade head --sql", "1k"),
    ("upgrade head --sql", "10k"),
]
# The targets of the issue: (label, size) -> the most the command's own time may be, in seconds.
TARGETS = {
    ("heads", "10k"): 1.0,
    ("history", "10k"): 1.0,
    ("upgrade head --sql", "1k"): 2.0,
}


def name(tool, label, size):
    return "%s %s" % (tool, label) if size is None else "%s %s (%s)" % (tool, label, size)


def load_results(folder):
    results = {}
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".json"):
            with open(os.path.join(folder, entry)) as data:
                for result in json.load(data)["results"]:
                    results[result["command"]] = result
    return results


def load_tsv(path):
    rows = {}
    if os.path.exists(path):
        with open(path) as lines:
            for line in lines:
                key, _, value = line.rstrip("\n").partition("\t")
                if key:
                    rows[key] = value
    return rows


def seconds(value):
    return "%.3f s" % value


def spread(result):
    return "%.3f – %.3f s" % (result["min"], result["max"])


def main(folder):
    results = load_results(folder)
    commands = load_tsv(os.path.join(folder, "commands.tsv"))
    skipped = load_tsv(os.path.join(folder, "skipped.tsv"))
    loads = load_tsv(os.path.join(folder, "load.tsv"))
    machine = []
    if os.path.exists(os.path.join(folder, "machine.txt")):
        with open(os.path.join(folder, "machine.txt")) as lines:
            machine = [line.rstrip("\n") for line in lines if line.strip()]

    runs = sorted({len(r["times"]) for r in results.values()})
    print("## Retort graph benchmark: run %s" % os.path.basename(os.path.realpath(folder)))
    print()
    for line in machine:
        print("- " + line)
    print("- runs per command: %s (after warm-up)" % ", ".join(str(n) for n in runs))
    if loads:
        print("- load average (1, 5, 15 min) as each comparison began: "
              + "; ".join("%s %s" % (group, load) for group, load in loads.items()))
    print()
    print("Medians of whole processes; min – max below. Own time = median − the same tool's")
    print("`--version` median (JVM or Python start and command-line parsing).")
    print()
    print("| command | Retort median | Retort min – max | Retort own time "
          "| Alembic median | Alembic min – max | Alembic own time | Retort / Alembic |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    start = {tool: results.get(name(tool, "--version", None)) for tool in ("retort", "alembic")}
    own = {}
    for label, size in ROWS:
        cells = ["`%s`%s" % (label, "" if size is None else " (%s)" % size)]
        for tool in ("retort", "alembic"):
            result = results.get(name(tool, label, size))
            if result is None:
                reason = skipped.get(name(tool, label, size), "not run")
                cells += ["not measured: " + reason, "", ""]
                continue
            cells += [seconds(result["median"]), spread(result)]
            if size is None or start[tool] is None:
                cells.append("")
            else:
                own[tool, label, size] = result["median"] - start[tool]["median"]
                cells.append(seconds(own[tool, label, size]))
        retort = results.get(name("retort", label, size))
        alembic = results.get(name("alembic", label, size))
        cells.append("%.2f" % (retort["median"] / alembic["median"]) if retort and alembic else "")
        print("| " + " | ".join(cells) + " |")
    print()
    print("### Targets (Retort's own time after JVM start)")
    print()
    for (label, size), limit in TARGETS.items():
        value = own.get(("retort", label, size))
        if value is None:
            verdict = "not measured"
        else:
            verdict = "%s: %s (limit %s)" % ("met" if value < limit else "NOT met", seconds(value),
                                             seconds(limit))
        print("- `%s` on %s revisions under %s: %s" % (label, size, seconds(limit), verdict))
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
        print("%-32s %s" % (key, command))
    print("```")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: report.py bench/out/<run>")
    main(sys.argv[1])
