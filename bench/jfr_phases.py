#!/usr/bin/env python3
"""Sorts the CPU samples of Java Flight Recorder files into the phases of a Retort command.

Each sample is a stack. The first rule below that names any frame of it decides the phase, so
the SHA-256 inside script reading counts as "checksum", not as "read script files", and a graph
walk that the topological sort asks for counts as the sort. Stacks that no rule names go, by
their innermost frame, to "other Retort code", "command line (picocli)" or "JVM". Only the threads that run Retort's work are counted: main and the fork-join
workers that read scripts in parallel. Python 3 standard library; needs `jfr` (from the JDK).

    jfr_phases.py recording1.jfr [recording2.jfr ...]
"""

import collections
import json
import subprocess
import sys

# (phase, substrings of "package.Class.method"); the first rule that matches any frame wins.
RULES = [
    ("class loading", ["jdk.internal.loader.", "java.lang.ClassLoader.", "defineClass"]),
    ("list + sort script files", ["ScriptDirectory.scriptFiles", "ScriptDirectory.lambda$scriptFiles",
                                  "ScriptDirectory.isHidden", "ScriptFormat.ofFile"]),
    ("checksum (SHA-256)", ["dev.retort.script.Checksums"]),
    ("parse scripts (header, sections)", ["dev.retort.script.SqlScriptReader", "RevisionIds"]),
    ("read script files", ["dev.retort.script.ScriptDirectory.read"]),
    ("build graph (GraphBuilder)", ["dev.retort.graph.GraphBuilder"]),
    ("plan + topological order", ["dev.retort.graph.TopologicalOrder", "dev.retort.graph.MigrationPlanner"]),
    ("graph queries (heads, resolve)", ["dev.retort.graph."]),
    ("render offline SQL", ["dev.retort.script.sql.", "dev.retort.runtime.", "dev.retort.dialect.",
                            "dev.retort.render.", "dev.retort.OfflineSql", "dev.retort.OfflineScript"]),
    ("output (format + print)", ["dev.retort.cli.RevisionText", "dev.retort.cli.Console",
                                 "java.io.PrintStream", "dev.retort.cli.Json"]),
    ("config (retort.toml)", ["dev.retort.cli.toml.", "dev.retort.cli.ProjectConfig"]),
]
# For stacks no rule names: the innermost frame that one of these names decides.
FALLBACK = [("other Retort code", "dev.retort."), ("command line (picocli)", "picocli.")]
THREADS = ("main", "ForkJoinPool")


def frames_of(event):
    return [
        (frame["method"]["type"]["name"] + "." + frame["method"]["name"]).replace("/", ".")
        for frame in event["values"]["stackTrace"]["frames"]
    ]


def phase_of(frames):
    for phase, needles in RULES:
        if any(needle in frame for frame in frames for needle in needles):
            return phase
    for frame in frames:
        for phase, needle in FALLBACK:
            if needle in frame:
                return phase
    return "JVM start, JIT, other"


def samples(path):
    text = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
        check=True, capture_output=True, text=True).stdout
    for event in json.loads(text)["recording"]["events"]:
        thread = event["values"]["sampledThread"]
        thread_name = (thread or {}).get("javaName") or (thread or {}).get("osName") or ""
        if thread_name.startswith(THREADS):
            yield ("main" if thread_name == "main" else "workers"), frames_of(event)


def main(paths):
    phases = collections.Counter()
    by_thread = collections.Counter()
    leaves = collections.Counter()
    for path in paths:
        for thread, frames in samples(path):
            phase = phase_of(frames)
            phases[phase] += 1
            by_thread[phase, thread] += 1
            if frames:
                leaves[phase, frames[0]] += 1
    total = sum(phases.values())
    if not total:
        sys.exit("jfr_phases.py: no samples in %s" % " ".join(paths))
    print("%d CPU samples from %d recording(s) (about 10 ms of CPU each with settings=profile)"
          % (total, len(paths)))
    print()
    print("| phase | samples | share | main thread | worker threads | hottest leaf frame |")
    print("|---|---:|---:|---:|---:|---|")
    for phase, count in phases.most_common():
        hottest = max(((n, leaf) for (p, leaf), n in leaves.items() if p == phase), default=(0, ""))
        print("| %s | %d | %.0f%% | %d | %d | `%s` (%d) |" % (
            phase, count, 100.0 * count / total, by_thread[phase, "main"],
            by_thread[phase, "workers"], hottest[1], hottest[0]))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: jfr_phases.py recording.jfr ...")
    main(sys.argv[1:])
