package dev.retort.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of a schema's named objects (sequences, domains, range types) as operations change them:
 * a list with one added, one taken out, or one replaced by name. Immutable.
 *
 * @param <T> the kind of object
 */
final class NamedObjects<T> {
    private final String kind;
    private final Function<T, String> name;

    /** Objects called {@code kind} in messages, named by {@code name}. */
    NamedObjects(String kind, Function<T, String> name) {
        this.kind = kind;
        this.name = name;
    }

    /** {@code objects} and {@code object}, which none of them may share a name with. */
    List<T> added(List<T> objects, T object) {
        String added = name.apply(object);
        if (find(objects, added)) {
            throw new IllegalArgumentException("the schema already has a " + kind + " " + added);
        }
        List<T> result = new ArrayList<>(objects);
        result.add(object);
        return result;
    }

    /** {@code objects} without the one called {@code removed}, which must be there. */
    List<T> removed(List<T> objects, String removed) {
        existing(objects, removed);
        return objects.stream()
                .filter(object -> !name.apply(object).equals(removed))
                .toList();
    }

    /** {@code objects} with {@code changed} in place of the one of its name, which must be there. */
    List<T> replaced(List<T> objects, T changed) {
        String replaced = name.apply(changed);
        existing(objects, replaced);
        return objects.stream()
                .map(object -> name.apply(object).equals(replaced) ? changed : object)
                .toList();
    }

    private void existing(List<T> objects, String wanted) {
        if (!find(objects, wanted)) {
            throw new IllegalArgumentException("the schema has no " + kind + " " + wanted);
        }
    }

    private boolean find(List<T> objects, String wanted) {
        return objects.stream().anyMatch(object -> name.apply(object).equals(wanted));
    }
}
