package dev.retort.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The imports rendered code needs, collected while it is built. One thread at a time. */
final class Imports {
    private final TreeSet<String> statics = new TreeSet<>();
    private final TreeSet<String> types = new TreeSet<>();

    /** Imports {@code member} of {@code type} statically and returns its simple name. */
    String member(Class<?> type, String member) {
        statics.add(type.getCanonicalName() + "." + member);
        return member;
    }

    /** Imports {@code type} and returns its simple name. */
    String type(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        types.add(outer.getCanonicalName());
        return type.getCanonicalName().substring(outer.getPackageName().length() + 1);
    }

    /** The import lines: static imports first, each group sorted. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        statics.forEach(name -> lines.add("import static " + name + ";"));
        types.forEach(name -> lines.add("import " + name + ";"));
        return lines;
    }
}
