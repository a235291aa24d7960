package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random revision graphs for property tests: branches, merges, dependencies, labels. */
final class RandomGraphs {
    private RandomGraphs() {}

    /** A random valid graph of 1 to {@code maxSize} revisions, in a possibly shuffled file order. */
    static List<Revision> graph(long seed, int maxSize) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(maxSize);
        double mergeChance = random.nextDouble() * 0.3;
        double dependencyChance = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.25;
        double baseChance = random.nextDouble() * 0.15;
        List<Revision> revisions = new ArrayList<>();
        GraphOracle grown = new GraphOracle(List.of());
        for (int i = 0; i < size; i++) {
            String id = "r" + seed + "x" + i;
            List<String> parents = new ArrayList<>();
            if (i > 0 && random.nextDouble() >= baseChance) {
                parents.add(recent(revisions, random));
                String other = revisions.get(random.nextInt(i)).id();
                if (random.nextDouble() < mergeChance && !parents.contains(other)) {
                    parents.add(other);
                }
            }
            List<String> dependsOn = new ArrayList<>();
            if (i > 1 && random.nextDouble() < dependencyChance) {
                Set<String> below = grown.ancestors(parents);
                String other = revisions.get(random.nextInt(i)).id();
                if (!below.contains(other)) {
                    dependsOn.add(random.nextBoolean() ? other : labelFor(revisions, other));
                }
            }
            List<String> labels = random.nextInt(8) == 0 ? List.of("b" + seed + "x" + i) : List.of();
            revisions.add(new Revision(id, parents, dependsOn, labels));
            grown = new GraphOracle(revisions);
        }
        if (random.nextBoolean()) {
            Collections.shuffle(revisions, random);
        }
        return List.copyOf(revisions);
    }

    /**
     * A long history: a main line that forks about every {@code every} revisions into a side branch
     * of three revisions and a parallel main revision, the side depending on that parallel revision
     * every other time, merged back at once except every tenth fork, whose side stays a head.
     */
    static List<Revision> longHistory(int size, int every) {
        List<Revision> revisions = new ArrayList<>();
        String main = null;
        int forks = 0;
        while (revisions.size() < size) {
            String id = "m" + revisions.size();
            revisions.add(new Revision(id, main == null ? List.of() : List.of(main), List.of(), List.of()));
            main = id;
            if (revisions.size() / every > forks && revisions.size() + 5 <= size) {
                forks++;
                String parallel = "p" + forks;
                revisions.add(new Revision(parallel, List.of(main), List.of(), List.of()));
                String side = main;
                for (int k = 1; k <= 3; k++) {
                    List<String> dependsOn = k == 2 && forks % 2 == 0 ? List.of(parallel) : List.of();
                    revisions.add(new Revision("s" + forks + "_" + k, List.of(side), dependsOn, List.of()));
                    side = "s" + forks + "_" + k;
                }
                List<String> parents = forks % 10 == 0 ? List.of(parallel) : List.of(parallel, side);
                main = "j" + forks;
                revisions.add(new Revision(main, parents, List.of(), List.of()));
            }
        }
        return List.copyOf(revisions);
    }

    private static String recent(List<Revision> revisions, Random random) {
        int back = Math.min(revisions.size() - 1, (int) (-Math.log(1 - random.nextDouble()) * 2));
        return revisions.get(revisions.size() - 1 - back).id();
    }

    private static String labelFor(List<Revision> revisions, String id) {
        for (Revision revision : revisions) {
            if (revision.id().equals(id) && !revision.branchLabels().isEmpty()) {
                return revision.branchLabels().get(0);
            }
        }
        return id;
    }
}
