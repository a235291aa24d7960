#!/usr/bin/python3
"""Writes the Alembic comparison fixtures that AlembicFixtureTest reads.

Builds many revision graphs, asks Alembic's RevisionMap the questions Retort's graph answers,
and writes the answers to ../resources/graph-fixtures/ in the format README.md describes.
Needs Alembic 1.8.1 (Debian's python3-alembic): run it with /usr/bin/python3.

Alembic is driven directly with Revision objects, fed in REVERSE file order with each
down_revision tuple sorted by descending file index, so that its tie-breaking matches Retort's
(deviation 1). Every graph is asked twice, under two PYTHONHASHSEED values, in child processes;
answers that differ between the two are recorded as order-insensitive (or not compared).
"""

import json
import os
import random
import subprocess
import sys
import types

FIXTURE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "graph-fixtures")
HASH_SEEDS = ("1", "2")
RANDOM_GRAPHS = 240
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- graphs, without Alembic


class Graph:
    """A graph spec in file order, with the few traversals query generation needs."""

    def __init__(self, name, revs):
        self.name = name
        self.revs = revs  # list of (id, parents, deps, labels), file order
        self.ids = [r[0] for r in revs]
        self.index = {r[0]: i for i, r in enumerate(revs)}
        self.parents = {r[0]: list(r[1]) for r in revs}
        self.labels = {r[0]: list(r[3]) for r in revs}
        self.owner = {label: r[0] for r in revs for label in r[3]}
        self.deps = {r[0]: [self.owner.get(d, d) for d in r[2]] for r in revs}
        self.children = {i: [] for i in self.ids}
        self.all_children = {i: [] for i in self.ids}
        for rid in self.ids:
            for p in self.parents[rid]:
                self.children.setdefault(p, []).append(rid)
            for d in dict.fromkeys(self.parents[rid] + self.deps[rid]):
                self.all_children.setdefault(d, []).append(rid)

    def down(self, rid, deps):
        return self.parents[rid] + (self.deps[rid] if deps else [])

    def ancestors(self, start, deps=True):
        seen, todo = set(), list(start)
        while todo:
            rid = todo.pop()
            if rid not in seen:
                seen.add(rid)
                todo.extend(self.down(rid, deps))
        return seen

    def descendants(self, start, deps=True):
        seen, todo = set(), list(start)
        while todo:
            rid = todo.pop()
            if rid not in seen:
                seen.add(rid)
                todo.extend(self.all_children[rid] if deps else self.children[rid])
        return seen

    def real_heads(self):
        return [i for i in self.ids if not self.all_children[i]]

    def maximal(self, revs):
        revs = set(revs)
        return sorted(r for r in revs if not any(r != o and r in self.ancestors([o]) for o in revs))

    def shares_lineage(self, rid, other):
        return other in self.ancestors([rid], False) or other in self.descendants([rid], False)

    def linear_below(self, head, steps):
        """True when the `steps` revisions walked down from head have one parent and no deps."""
        rid = head
        for _ in range(steps):
            if rid is None:
                return True
            if len(self.parents[rid]) > 1 or self.deps[rid]:
                return False
            rid = self.parents[rid][0] if self.parents[rid] else None
        return True

    def walk_down(self, rid, steps):
        """Alembic's walk down: a revision, "base", None past base, or "ambiguous"."""
        for _ in range(steps):
            if rid in (None, "base"):
                return None
            if len(self.parents[rid]) > 1:
                return "ambiguous"
            rid = self.parents[rid][0] if self.parents[rid] else "base"
        return rid

    def labels_comparable(self):
        """Deviation 3: Alembic walks labels down from the last descendant it yields."""
        for rid in self.ids:
            if not self.labels[rid]:
                continue
            node = rid
            while True:
                above = self.children[node]
                if not above:
                    break
                if len(above) > 1:
                    return False
                node = above[0]
                if len(self.all_children[node]) > 1 or len(self.parents[node]) > 1:
                    return False
        return True


class Ids:
    def __init__(self, rng, length=6):
        self.rng = rng
        self.length = length
        self.used = set()

    def new(self, like=None):
        while True:
            if like is not None and self.rng.random() < 0.8:
                keep = self.rng.choice([4, 5])
                rid = like[:keep] + "".join(self.rng.choice(HEX) for _ in range(self.length - keep))
            else:
                rid = "".join(self.rng.choice(HEX) for _ in range(self.length))
            if rid not in self.used and not rid.isdigit():
                self.used.add(rid)
                return rid


def chain(ids, n, below=None):
    revs, parent = [], below
    for _ in range(n):
        rid = ids.new()
        revs.append([rid, [parent] if parent else [], [], []])
        parent = rid
    return revs


def crafted(rng):
    graphs = []
    ids = Ids(rng)

    def add(name, revs):
        graphs.append(Graph(name, [tuple(r) for r in revs]))

    add("empty", [])
    for n in (1, 2, 3, 7):
        add("linear-%d" % n, chain(ids, n))
    add("long-chain-300", chain(ids, 300))
    for k, m in ((2, 1), (2, 3), (3, 2), (4, 1)):
        base = chain(ids, 2)
        revs = list(base)
        for _ in range(k):
            revs += chain(ids, m, base[-1][0])
        add("branches-%dx%d" % (k, m), revs)
    for k in (2, 3):
        base = chain(ids, 1)
        revs, tops = list(base), []
        for _ in range(k):
            arm = chain(ids, 2, base[-1][0])
            revs += arm
            tops.append(arm[-1][0])
        merge = ids.new()
        revs.append([merge, tops, [], []])
        revs += chain(ids, 2, merge)
        add("merge-%d" % k, revs)
    a, b, c, d = ids.new(), ids.new(), ids.new(), ids.new()
    add("diamond", [[a, [], [], []], [b, [a], [], []], [c, [a], [], []], [d, [b, c], [], []]])
    add("diamond-reversed-files", [[d, [b, c], [], []], [c, [a], [], []], [b, [a], [], []], [a, [], [], []]])
    revs, top = [], None
    for _ in range(4):
        x, y, z, w = ids.new(), ids.new(), ids.new(), ids.new()
        revs += [[x, [top] if top else [], [], []], [y, [x], [], []], [z, [x], [], []], [w, [y, z], [], []]]
        top = w
    add("stacked-diamonds", revs)
    revs = chain(ids, 3) + chain(ids, 2) + chain(ids, 4)
    add("three-bases", revs)
    tops = [r[0] for r in (revs[2], revs[4], revs[8])]
    merge = ids.new()
    add("three-bases-merged", revs + [[merge, tops, [], []]])
    base = chain(ids, 1)
    fan = [[ids.new(), [base[0][0]], [], []] for _ in range(25)]
    add("wide-fan-25", base + fan)
    add("wide-fan-25-merged", base + fan + [[ids.new(), [f[0] for f in fan], [], []]])
    bases = [[ids.new(), [], [], []] for _ in range(12)]
    add("twelve-bases", bases)
    # branch labels
    root = chain(ids, 2)
    left = chain(ids, 3, root[-1][0])
    right = chain(ids, 2, root[-1][0])
    left[0][3] = ["lefty"]
    right[1][3] = ["righty", "rt"]
    add("labels-two-branches", root + left + right)
    other = chain(ids, 3)
    other[0][3] = ["otherbase"]
    add("labels-two-bases", root + left + right + other)
    # depends_on across branches
    x = chain(ids, 3)
    y = chain(ids, 3)
    x[0][3] = ["xbr"]
    y[1][2] = [x[1][0]]
    add("depends-across-bases", x + y)
    y2 = chain(ids, 3)
    y2[2][2] = ["xbr"]
    add("depends-on-label", x + y2)
    y3 = chain(ids, 2)
    y3[0][2] = [x[2][0]]
    y3[1][2] = [x[0][0]]
    add("depends-implied", x + y3)
    root = chain(ids, 2)
    p = chain(ids, 2, root[-1][0])
    q = chain(ids, 2, root[-1][0])
    q[1][2] = [p[0][0]]
    add("depends-within-branches", root + p + q)
    lone = [ids.new(), [], [root[0][0]], []]
    add("base-depending", root + [lone])
    # shared prefixes for partial ids
    first = ids.new()
    revs = [[first, [], [], []]]
    for _ in range(14):
        revs.append([ids.new(like=first), [revs[-1][0]], [], []])
    add("shared-prefixes", revs)
    # graphs that Alembic must refuse
    c1, c2, c3 = ids.new(), ids.new(), ids.new()
    add("cycle-2", [[c1, [c2], [], []], [c2, [c1], [], []], [c3, [], [], []]])
    add("cycle-3-tail", [[c3, [], [], []], [c1, [c3, c2], [], []], [c2, [c1], [], []]])
    add("dep-cycle", [[c1, [], [c2], []], [c2, [], [c1], []]])
    add("dep-cycle-on-chain", [[c1, [], [], []], [c2, [c1], [c3], []], [c3, [], [c2], []]])
    add("label-twice", [[c1, [], [], ["dup"]], [c2, [c1], [], ["dup"]]])
    add("label-is-id", [[c1, [], [], []], [c2, [c1], [], [c1]]])
    return graphs


def random_graph(number, rng):
    ids = Ids(rng, rng.choice([5, 6, 6, 8]))
    n = rng.randint(2, 24)
    p_parent = rng.choice([0.75, 0.85, 0.95])
    p_merge = rng.choice([0.0, 0.15, 0.3])
    p_dep = rng.choice([0.0, 0.0, 0.1, 0.25])
    p_label = rng.choice([0.0, 0.1, 0.25])
    revs = []
    for i in range(n):
        like = rng.choice(revs)[0] if revs and rng.random() < 0.15 else None
        rid = ids.new(like)
        parents = []
        if revs and rng.random() < p_parent:
            # prefer recent revisions so chains grow long
            parents.append(revs[max(0, len(revs) - 1 - int(rng.expovariate(0.5)))][0])
            if rng.random() < p_merge:
                other = rng.choice(revs)[0]
                if other not in parents:
                    parents.append(other)
        revs.append([rid, parents, [], []])
    graph = Graph("tmp", [tuple(r) for r in revs])
    for i, rev in enumerate(revs):
        if i > 0 and rng.random() < p_dep:
            below = graph.ancestors([rev[0]])
            choices = [r[0] for r in revs[:i] if r[0] not in below]
            if choices:
                rev[2] = rng.sample(choices, min(len(choices), rng.choice([1, 1, 2, 3])))
        if rng.random() < p_label:
            rev[3] = ["br%d_%d" % (number, i)]
    for rev in revs:  # some dependencies name a branch label
        if rev[2] and rng.random() < 0.3:
            labelled = [r for r in revs if r[0] == rev[2][0] and r[3]]
            if labelled:
                rev[2] = [labelled[0][3][0]] + rev[2][1:]
    if rng.random() < 0.5:
        rng.shuffle(revs)
    return Graph("random-%03d" % number, [tuple(r) for r in revs])


# ---------------------------------------------------------------- queries


def queries(graph, rng):
    """The questions for one graph: (op, args..., note); note marks deviations."""
    ids, qs = graph.ids, []
    if not ids:
        return [("resolve", "heads"), ("resolve", "head"), ("upgrade", [], "head"), ("history", "base", "heads")]
    labels = sorted(graph.owner)
    pick = lambda seq, k: rng.sample(seq, min(k, len(seq)))
    for rid in pick(ids, 3):
        qs.append(("resolve", rid))
    for rid in pick(ids, 3):
        for length in (4, 5):
            if len(rid) > length:
                qs.append(("resolve", rid[:length]))
    qs += [("resolve", s) for s in ("heads", "head", "base", "-1", "-2", "ab", "zzzz")]
    qs += [("resolveOne", s) for s in ("head", "heads", "base")]
    qs += [("resolveOne", rid) for rid in pick(ids, 2)]
    qs.append(("currentHead", None))
    for label in pick(labels, 3):
        qs += [("resolve", label), ("resolve", label + "@head"), ("resolve", label + "@heads")]
        qs += [("resolve", label + "@-1"), ("resolve", label + "@" + rng.choice(ids))]
        qs += [("currentHead", label), ("resolveOne", label + "@head"), ("resolve", label + "@base")]
        qs.append(("resolve", label + "@" + rng.choice(ids)[:4]))
    qs.append(("resolve", "nolabel@head"))

    heads = graph.real_heads()
    states = [[]]
    states += [[rid] for rid in pick(ids, 2)]
    states.append(graph.maximal(pick(ids, 3)))
    for current in states:
        targets = ["heads", "head", rng.choice(ids), "+1", "+2", rng.choice(ids) + "+1", rng.choice(ids) + "-1"]
        targets.append(rng.choice(ids) + "+2")
        if labels:
            label = rng.choice(labels)
            targets += [label + "@head", label + "@+1", label + "@heads", label + "@" + rng.choice(ids) + "+1"]
        for target in pick(targets, 6):
            qs.append(("upgrade", current, target))
    # rows that overlap or name no revision: Alembic checks the target first, so use plain ones
    if len(ids) > 1 and rng.random() < 0.3:
        top = rng.choice(ids)
        below = sorted(graph.ancestors([top]) - {top})
        if below:
            qs += [("upgrade", [top, rng.choice(below)], t) for t in ("heads", rng.choice(ids))]
    if rng.random() < 0.1:
        qs += [("upgrade", ["ffffffffff"], t) for t in ("heads", rng.choice(ids))]
    states = [[rid] for rid in pick(ids, 2)] + [heads, graph.maximal(pick(ids, 3))]
    for current in states:
        targets = ["base", rng.choice(ids), "-1", "-2", rng.choice(ids) + "-1"]
        below = sorted(graph.ancestors(current))
        if below:
            targets.append(rng.choice(below))
        if labels:
            label = rng.choice(labels)
            targets += [label + "@base", label + "@-1", label + "@" + rng.choice(ids)]
            targets += [label + "@" + rng.choice(ids) + rng.choice(["-1", "+1"])]
        for target in pick(targets, 5):
            qs.append(("downgrade", current, target))
    qs += [("history", "base", "heads"), ("history", "base", rng.choice(ids)), ("history", rng.choice(ids), "heads")]
    for _ in range(2):
        qs.append(("history", rng.choice(ids), rng.choice(ids)))
    top = rng.choice(ids)
    qs.append(("history", rng.choice(sorted(graph.ancestors([top]))), top))
    qs.append(("history", rng.choice(["-1", "-2"]), "heads"))
    if labels:
        qs.append(("history", rng.choice(labels) + "@base", "heads"))
    for current in ([], [rng.choice(ids)], graph.maximal(pick(ids, 2))):
        for targets in ([rng.choice(ids)], ["heads"], ["base"], pick(ids, 2)):
            qs.append(("stamp", current, targets))
    qs.append(("stampPurge", [rng.choice(ids)], [rng.choice(ids)]))
    qs.append(("stamp", graph.maximal(pick(ids, 2)), ["base", rng.choice(ids)]))
    if labels:
        label = rng.choice(labels)
        qs.append(("stamp", graph.maximal(pick(ids, 2)), [label + "@head"]))
        qs.append(("history", "base", label + "@head"))
        qs.append(("upgrade", [rng.choice(ids)], label + "@" + rng.choice(ids)))
        qs.append(("resolve", label + "@-2"))
    unique = {}
    for q in qs:
        unique.setdefault(json.dumps(q), q)
    return list(unique.values())


# ---------------------------------------------------------------- asking Alembic (child process)


def alembic_answers(specs):
    from contextlib import nullcontext

    from alembic.runtime import migration
    from alembic.script.base import ScriptDirectory
    from alembic.script.revision import Revision, RevisionError, RevisionMap

    def noop(**kw):
        return None

    class FixtureRevision(Revision):
        """Deviation 1 for dependencies too: visit down revisions by descending file index."""

        def __init__(self, rid, parents, deps, labels, ranks):
            super().__init__(rid, tuple(parents) or None, tuple(deps) or None, tuple(labels) or None)
            self.ranks = ranks
            self.module = types.SimpleNamespace(upgrade=noop, downgrade=noop)
            self.doc = ""

        def __hash__(self):
            # by id, so that sets of revisions iterate in an order PYTHONHASHSEED fixes
            return hash(self.revision)

        @property
        def _normalized_down_revisions(self):
            down = Revision._normalized_down_revisions.fget(self)
            return tuple(sorted(down, key=lambda r: -self.ranks.get(r, -1)))

    class Scripts:
        """What ScriptDirectory's planning methods use of their instance."""

        def __init__(self, revision_map):
            self.revision_map = revision_map

        def _catch_revision_errors(self, **kw):
            return nullcontext()

        def get_revisions(self, id_):
            return self.revision_map.get_revisions(id_)

        def iterate_revisions(self, upper, lower, **kw):
            return self.revision_map.iterate_revisions(upper, lower, **kw)

    class Rows(migration.HeadMaintainer):
        """HeadMaintainer without a database: the same bookkeeping and assertions."""

        def __init__(self, heads):
            self.heads = set(heads)

        def _insert_version(self, version):
            assert version not in self.heads
            self.heads.add(version)

        def _delete_version(self, version):
            self.heads.remove(version)

        def _update_version(self, from_, to_):
            assert to_ not in self.heads
            self.heads.remove(from_)
            self.heads.add(to_)

    def failure(exc):
        kind = "!" if isinstance(exc, RevisionError) else "X"
        return [kind, type(exc).__name__, str(exc)]

    def ident(rev):
        if rev is None:
            return None
        return rev if isinstance(rev, str) else rev.revision

    def ask(fn):
        try:
            return ["ok", fn()]
        except Exception as exc:  # noqa: BLE001 - every failure is an answer
            return failure(exc)

    def rows_after(current, steps):
        try:
            rows = Rows(current)
            for step in steps:
                rows.update_to_step(step)
            return ["ok", sorted(rows.heads)]
        except Exception as exc:  # noqa: BLE001
            return failure(exc)

    def plan(fn, current):
        try:
            steps = fn()
        except Exception as exc:  # noqa: BLE001
            return failure(exc), None
        order = [step.revision.revision for step in steps]
        return ["ok", order], rows_after(current, steps)

    results = []
    for spec in specs:
        ranks = {r[0]: i for i, r in enumerate(spec["revs"])}
        made = []
        try:
            for rid, parents, deps, labels in reversed(spec["revs"]):
                ordered = sorted(parents, key=lambda p: -ranks.get(p, -1))
                made.append(FixtureRevision(rid, ordered, deps, labels, ranks))
            revision_map = RevisionMap(lambda: made)
            revision_map.heads
        except Exception as exc:  # noqa: BLE001
            results.append({"build": failure(exc)})
            continue
        scripts = Scripts(revision_map)
        out = {
            "build": ["ok", None],
            "heads": sorted(revision_map.heads),
            "realHeads": sorted(revision_map._real_heads),
            "bases": sorted(revision_map.bases),
            "labels": {r.revision: sorted(r.branch_labels) for r in made},
            "answers": [],
        }
        for q in spec["queries"]:
            op = q[0]
            if op == "resolve":
                # a walk below base yields None or "base" in the tuple: Retort leaves those out
                answer = ask(lambda: [r.revision for r in revision_map.get_revisions(q[1]) if isinstance(r, Revision)])
            elif op == "resolveOne":
                answer = ask(lambda: ident(revision_map.get_revision(q[1])))
            elif op == "currentHead":
                answer = ask(lambda: revision_map.get_current_head(q[1]))
            elif op == "upgrade":
                order, rows = plan(lambda: ScriptDirectory._upgrade_revs(scripts, q[2], tuple(q[1])), q[1])
                answer = [order, rows]
            elif op == "downgrade":
                order, rows = plan(lambda: ScriptDirectory._downgrade_revs(scripts, q[2], tuple(q[1])), q[1])
                answer = [order, rows]
            elif op == "history":
                answer = ask(lambda: [r.revision for r in ScriptDirectory.walk_revisions(scripts, q[1], q[2])])
            elif op in ("stamp", "stampPurge"):
                current = [] if op == "stampPurge" else q[1]
                try:
                    steps = ScriptDirectory._stamp_revs(scripts, tuple(q[2]), tuple(current))
                    answer = rows_after(current, steps)
                except Exception as exc:  # noqa: BLE001
                    answer = failure(exc)
            out["answers"].append(answer)
        results.append(out)
    return results


# ---------------------------------------------------------------- merging and writing


def ids_text(ids):
    return ",".join(ids) if ids else "-"


def error_text(answer, seeds_agree):
    message = answer[2].replace("\t", " ").replace("\n", " ")
    return "%s %s: %s" % (answer[0], answer[1], message if seeds_agree else "*")


class Stats:
    def __init__(self):
        self.graphs = 0
        self.counts = {}

    def count(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


def merge(answers, ordered, stats):
    """One expectation from the answers under each hash seed."""
    first = answers[0]
    if first[0] == "ok":
        if any(a[0] != "ok" for a in answers):
            stats.count("unstable")
            return "? answers differ between hash seeds"
        values = [a[1] for a in answers]
        if isinstance(first[1], list) or first[1] is None:
            lists = [v or [] for v in values]
            if all(v == lists[0] for v in lists) and ordered:
                stats.count("exact")
                return "= " + ids_text(lists[0])
            if all(sorted(v) == sorted(lists[0]) for v in lists):
                stats.count("set")
                return "~ " + ids_text(lists[0] if ordered else sorted(lists[0]))
            stats.count("unstable")
            return "? answers differ between hash seeds"
        if all(v == first[1] for v in values):
            stats.count("exact")
            return "= " + first[1]
        stats.count("unstable")
        return "? answers differ between hash seeds"
    if all(a[0] == first[0] and a[1] == first[1] for a in answers):
        stats.count("error" if first[0] == "!" else "crash")
        return error_text(first, all(a[2] == first[2] for a in answers))
    stats.count("unstable")
    return "? answers differ between hash seeds"


def deviation(graph, q, answer):
    """The reason Alembic's answer is not compared (deviations 2 and 7), or None."""
    op = q[0]
    failed = answer[0][0] if op in ("upgrade", "downgrade") else answer[0]
    message = (answer[0][2] if op in ("upgrade", "downgrade") else answer[2]) if failed != "ok" else ""
    if op in ("upgrade", "downgrade"):
        current, target = q[1], q[2]
        at = target.find("@")
        rest = target[at + 1:]
        relative = rest[:1] in ("+", "-") and rest[1:].isdigit()
        if relative and message.startswith(("Ambiguous walk", "Ambiguous upgrade")):
            return "deviation 2: Alembic finds the walk ambiguous"
        if relative and op == "upgrade" and len(current) > 1:
            return "deviation 2: relative step from several heads"
        if relative and op == "downgrade":
            if not current:
                return None
            steps = int(rest[1:])
            if len(current) > 1 or not graph.linear_below(current[0], steps):
                return "deviation 2: downgrade -N where the graph below the head is not linear"
            if at > 0 and not graph.shares_lineage(current[0], graph.owner.get(target[:at], target[:at])):
                return "deviation 2: the head is not on the branch"
            if message.startswith("Not a valid downgrade target"):
                return "deviation 2: Alembic filters the branch roots against the label's ancestors"
    if op == "history" and q[1][:1] == "-":
        walks = [graph.walk_down(head, int(q[1][1:])) for head in graph.real_heads()]
        if "base" in walks and "ambiguous" not in walks:
            return "deviation 5: Alembic compares the string 'base' from a walk with revisions"
        if None in walks and "ambiguous" not in walks:
            return "deviation 5: after a walk past base, Alembic resolves 'heads@heads'"
    if op in ("stamp", "stampPurge") and answer[0] == "ok":
        named = set(t for t in q[2] if t not in ("heads", "base"))
        if "heads" in q[2]:
            named.update(graph.real_heads())
        if len(named) > 1 and not named <= set(answer[1]):
            return "deviation 7: Alembic loses a target's row when stamping several targets"
    if op in ("stamp", "stampPurge") and answer[0] == "ok":
        for target in q[2]:
            if target.endswith("@head"):
                owner = graph.owner[target[:-5]]
                dest = [h for h in graph.ids if not graph.children[h] and graph.shares_lineage(h, owner)]
                related = graph.ancestors(dest) | graph.descendants(dest)
                if any(row not in answer[1] and row not in related for row in q[1]):
                    return "deviation 7: Alembic replaces heads on the label's branch unrelated to the target"
    if op in ("stamp", "stampPurge") and "base" in q[2] and len(q[2]) > 1:
        return "deviation 7: Alembic ignores 'base' stamped with other targets; ours replaces every row"
    if op in ("stamp", "stampPurge"):
        targets = set()
        for t in q[2]:
            if t == "heads":
                targets.update(graph.real_heads())
            elif t in graph.index:
                targets.add(t)
        for t in targets:
            if graph.ancestors([t]) & (targets - {t}):
                return "E OVERLAP"
    return None


def write_graph(out, graph, qs, answers, stats):
    stats.graphs += 1
    out.append("graph\t" + graph.name)
    for rid, parents, deps, labels in graph.revs:
        out.append("rev\t%s\t%s\t%s\t%s" % (rid, ids_text(parents), ids_text(deps), ids_text(labels)))
    build = [a["build"] for a in answers]
    if build[0][0] != "ok":
        out.append("build\t" + merge(build, True, stats))
        out.append("end")
        return
    stats.count("exact")
    out.append("build\t= ok")
    for key in ("heads", "realHeads", "bases"):
        value = answers[0][key]
        if any(a[key] != value for a in answers):
            raise SystemExit("%s of %s differ between hash seeds" % (key, graph.name))
        stats.count("set")
        out.append("%s\t~ %s" % (key, ids_text(value)))
    if graph.labels_comparable():
        for rid in graph.ids:
            value = answers[0]["labels"][rid]
            if all(a["labels"][rid] == value for a in answers):
                stats.count("set")
                out.append("labels\t%s\t~ %s" % (rid, ids_text(value)))
    else:
        stats.count("skipped")
        out.append("labels\t*\t? deviation 3: a labelled revision's descendants are not a single line")
    for i, q in enumerate(qs):
        per_seed = [a["answers"][i] for a in answers]
        op = q[0]
        args = []
        if op in ("upgrade", "downgrade", "stamp", "stampPurge"):
            args.append(ids_text(q[1]))
            args.append(ids_text(q[2]) if op.startswith("stamp") else q[2])
        else:
            args += ["-" if a is None else a for a in q[1:]]
        reason = deviation(graph, q, per_seed[0])
        if reason is not None and reason.startswith("E "):
            stats.count("deviation")
            out.append("\t".join([op] + args + [reason]))
            continue
        if reason is not None:
            stats.count("skipped")
            expect = ["? " + reason] + (["-"] if op in ("upgrade", "downgrade") else [])
            out.append("\t".join([op] + args + expect))
            continue
        if op in ("upgrade", "downgrade"):
            order = merge([a[0] for a in per_seed], True, stats)
            rows_seen = per_seed[0][1]
            if rows_seen is None:
                rows = "-"
            elif rows_seen[0] == "ok" and graph.maximal(rows_seen[1]) != sorted(rows_seen[1]):
                stats.count("skipped")
                rows = "? deviation 6: Alembic keeps a row that another row depends on"
            else:
                rows = merge([a[1] for a in per_seed], False, stats)
            out.append("\t".join([op] + args + [order, rows]))
        else:
            ordered = op == "history"
            out.append("\t".join([op] + args + [merge(per_seed, ordered, stats)]))
    out.append("end")


def ask_alembic(specs, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    child = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--child"],
        input=json.dumps(specs),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(child.stdout)


def main():
    if sys.argv[1:] == ["--child"]:
        import warnings

        warnings.simplefilter("ignore")
        json.dump(alembic_answers(json.load(sys.stdin)), sys.stdout)
        return
    rng = random.Random(20240601)
    files = {"crafted": crafted(rng), "random": [random_graph(i, rng) for i in range(RANDOM_GRAPHS)]}
    os.makedirs(FIXTURE_DIR, exist_ok=True)
    stats = Stats()
    for name, graphs in files.items():
        qrng = random.Random(name)
        specs = []
        for graph in graphs:
            refused = graph.name.startswith(("cycle", "dep-cycle", "label-"))
            specs.append({"revs": graph.revs, "queries": [] if refused else queries(graph, qrng)})
        answers = [ask_alembic(specs, seed) for seed in HASH_SEEDS]
        out = [
            "# Generated by src/test/alembic/generate_fixtures.py from Alembic's RevisionMap; do not edit.",
            "# Format: src/test/alembic/README.md.",
        ]
        for i, graph in enumerate(graphs):
            write_graph(out, graph, specs[i]["queries"], [a[i] for a in answers], stats)
        with open(os.path.join(FIXTURE_DIR, name + ".txt"), "w") as f:
            f.write("\n".join(out) + "\n")
    print("graphs: %d" % stats.graphs)
    for key in sorted(stats.counts):
        print("%s: %d" % (key, stats.counts[key]))


if __name__ == "__main__":
    main()
