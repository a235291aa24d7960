package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the constraints of one table in two schemas: those only the current one has, those only the
 * target has, and those both have. Each constraint pairs at most once, first come first paired.
 *
 * @param <T> the kind of constraint
 */
final class Matching<T> {
    private final List<T> onlyCurrent = new ArrayList<>();
    private final List<T> matchedCurrent = new ArrayList<>();
    private final List<T> matchedTarget = new ArrayList<>();
    private final List<T> onlyTarget = new ArrayList<>();

    private Matching() {}

    /** Pairs constraints with equal content: {@code content} leaves out the names databases make up. */
    static <T> Matching<T> byContent(List<T> current, List<T> target, Function<T, ?> content) {
        return pair(current, target, List.of((a, b) -> content.apply(a).equals(content.apply(b))));
    }

    /** Pairs checks by name when both are named, then the rest by condition when one is unnamed. */
    static Matching<CheckConstraint> checks(List<CheckConstraint> current, List<CheckConstraint> target) {
        BiPredicate<CheckConstraint, CheckConstraint> sameName =
                (a, b) -> a.name().isPresent() && a.name().equals(b.name());
        BiPredicate<CheckConstraint, CheckConstraint> sameCondition = (a, b) ->
                (a.name().isEmpty() || b.name().isEmpty()) && a.condition().equals(b.condition());
        Matching<CheckConstraint> matching = pair(current, target, List.of(sameName, sameCondition));
        // A check paired by name whose condition changed is dropped and added again.
        for (int i = matching.matchedCurrent.size() - 1; i >= 0; i--) {
            CheckConstraint check = matching.matchedCurrent.get(i);
            CheckConstraint wanted = matching.matchedTarget.get(i);
            if (!wanted.condition().equals(check.condition())) {
                matching.matchedCurrent.remove(i);
                matching.matchedTarget.remove(i);
                matching.onlyCurrent.add(check);
                matching.onlyTarget.add(wanted);
            }
        }
        return matching;
    }

    private static <T> Matching<T> pair(List<T> current, List<T> target, List<BiPredicate<T, T>> rules) {
        Matching<T> matching = new Matching<>();
        List<T> unpairedCurrent = new ArrayList<>(current);
        List<T> unpairedTarget = new ArrayList<>(target);
        for (BiPredicate<T, T> rule : rules) {
            for (T wanted : List.copyOf(unpairedTarget)) {
                for (T existing : unpairedCurrent) {
                    if (rule.test(existing, wanted)) {
                        unpairedCurrent.remove(existing);
                        unpairedTarget.remove(wanted);
                        matching.matchedCurrent.add(existing);
                        matching.matchedTarget.add(wanted);
                        break;
                    }
                }
            }
        }
        matching.onlyCurrent.addAll(unpairedCurrent);
        matching.onlyTarget.addAll(unpairedTarget);
        return matching;
    }

    List<T> onlyCurrent() {
        return onlyCurrent;
    }

    List<T> onlyTarget() {
        return onlyTarget;
    }

    List<T> matchedCurrent() {
        return matchedCurrent;
    }
}
