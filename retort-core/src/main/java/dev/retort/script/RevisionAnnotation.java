package dev.retort.script;

import dev.retort.graph.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The members of a {@code @Revision(...)} annotation in Java source, read from its tokens. Every
 * value must be a literal: a string or text block, strings in braces for the list members (a single
 * string stands for a list of one), {@code true} or {@code false}.
 */
final class RevisionAnnotation {
    private static final List<String> STRINGS = List.of("id", "message", "created");
    private static final List<String> LISTS = List.of("revises", "branchLabels", "dependsOn", "squashes");
    private static final List<String> FLAGS = List.of("transactional");

    private final Path file;
    private final List<JavaToken> tokens;
    private final int annotationLine;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private int index;

    /**
     * An annotation whose name ends just before {@code tokens[start]}, written at {@code line}.
     */
    RevisionAnnotation(Path file, List<JavaToken> tokens, int start, int line) {
        this.file = file;
        this.tokens = tokens;
        this.index = start;
        this.annotationLine = line;
    }

    RevisionAnnotation read() {
        if (index >= tokens.size() || !tokens.get(index).isSymbol('(')) {
            throw fail(annotationLine, "@Revision needs its values: @Revision(id = \"...\", revises = \"...\")");
        }
        index++;
        if (!current().isSymbol(')')) {
            member();
            while (current().isSymbol(',')) {
                index++;
                member();
            }
            if (!current().isSymbol(')')) {
                JavaToken token = current();
                throw fail(
                        token.line(),
                        "@Revision values must be literals: expected ',' or ')' but found '" + token.display() + "'");
            }
        }
        if (!values.containsKey("id")) {
            throw fail(annotationLine, "@Revision has no id: write @Revision(id = \"<revision id>\", ...)");
        }
        return this;
    }

    Revision revision() {
        String id = (String) values.get("id");
        if (!RevisionIds.isValid(id)) {
            throw fail(lines.get("id"), "revision id '" + id + "' may hold only letters, digits and _");
        }
        return new Revision(id, list("revises"), list("dependsOn"), list("branchLabels"));
    }

    String message() {
        return (String) values.getOrDefault("message", "");
    }

    String created() {
        return (String) values.getOrDefault("created", "");
    }

    List<String> squashes() {
        return list("squashes");
    }

    boolean transactional() {
        return (Boolean) values.getOrDefault("transactional", Boolean.TRUE);
    }

    private List<String> list(String member) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) values.getOrDefault(member, List.of());
        List<String> unique = new ArrayList<>();
        for (String item : items) {
            if (!RevisionIds.isValid(item)) {
                throw fail(lines.get(member), "'" + item + "' in " + member + " may hold only letters, digits and _");
            }
            if (!unique.contains(item)) {
                unique.add(item);
            }
        }
        return unique;
    }

    private void member() {
        JavaToken name = current();
        if (name.kind() != JavaToken.Kind.IDENTIFIER) {
            throw fail(name.line(), "expected a @Revision member such as id = \"...\", found '" + name.display() + "'");
        }
        String member = name.text();
        if (!STRINGS.contains(member) && !LISTS.contains(member) && !FLAGS.contains(member)) {
            throw fail(name.line(), "unknown @Revision member '" + member + "'" + suggestion(member));
        }
        if (values.containsKey(member)) {
            throw fail(name.line(), "@Revision member '" + member + "' appears twice");
        }
        index++;
        if (!current().isSymbol('=')) {
            throw fail(
                    current().line(),
                    "expected '=' after '" + member + "', found '" + current().display() + "'");
        }
        index++;
        lines.put(member, name.line());
        values.put(member, value(member));
    }

    private Object value(String member) {
        JavaToken token = current();
        if (isString(token) && !FLAGS.contains(member)) {
            index++;
            return LISTS.contains(member) ? List.of(token.text()) : token.text();
        }
        if (token.isSymbol('{') && LISTS.contains(member)) {
            index++;
            return strings(member);
        }
        if ((token.isIdentifier("true") || token.isIdentifier("false")) && FLAGS.contains(member)) {
            index++;
            return Boolean.valueOf(token.text());
        }
        throw fail(
                token.line(),
                "@Revision member '" + member + "' must be " + expected(member) + ", not '" + token.display() + "'");
    }

    private List<String> strings(String member) {
        List<String> items = new ArrayList<>();
        while (!current().isSymbol('}')) {
            JavaToken token = current();
            if (!isString(token)) {
                throw fail(
                        token.line(),
                        "@Revision member '" + member + "' must be " + expected(member) + ", not '" + token.display()
                                + "'");
            }
            items.add(token.text());
            index++;
            if (current().isSymbol(',')) {
                index++;
            } else if (!current().isSymbol('}')) {
                throw fail(
                        current().line(),
                        "@Revision member '" + member + "' must be " + expected(member) + ": expected ',' or '}' but"
                                + " found '" + current().display() + "'");
            }
        }
        index++;
        return items;
    }

    private static boolean isString(JavaToken token) {
        return token.kind() == JavaToken.Kind.STRING || token.kind() == JavaToken.Kind.TEXT_BLOCK;
    }

    private static String expected(String member) {
        if (FLAGS.contains(member)) {
            return "true or false";
        }
        if (LISTS.contains(member)) {
            return "a string literal or string literals in { }";
        }
        return "a string literal";
    }

    private static String suggestion(String member) {
        List<String> known = new ArrayList<>(STRINGS);
        known.addAll(LISTS);
        known.addAll(FLAGS);
        for (String candidate : known) {
            if (EditDistance.between(member.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= 2) {
                return "; did you mean '" + candidate + "'?";
            }
        }
        return "; the members are " + String.join(", ", known);
    }

    private JavaToken current() {
        if (index >= tokens.size()) {
            throw fail(annotationLine, "@Revision( is not closed with ')'");
        }
        return tokens.get(index);
    }

    private InvalidScriptException fail(int line, String message) {
        return new InvalidScriptException(file, line, message);
    }
}
