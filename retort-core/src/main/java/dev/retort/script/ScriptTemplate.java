package dev.retort.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script template: text with {@code ${name}} placeholders. A line whose placeholders all expand
 * to nothing is left out, so an optional header such as {@code -- Depends-On: ${depends_on}}
 * disappears when there are no dependencies.
 */
final class ScriptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_]+)}");

    private final Path source;
    private final String text;

    ScriptTemplate(Path source, String text) {
        this.source = source;
        this.text = text;
    }

    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher matcher = PLACEHOLDER.matcher(line);
            StringBuilder rendered = new StringBuilder();
            boolean hadPlaceholder = false;
            boolean allEmpty = true;
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new ScriptDirectoryException(
                            ScriptDirectoryException.Kind.BAD_TEMPLATE,
                            "unknown placeholder '${" + matcher.group(1) + "}' at line " + (i + 1) + " of template "
                                    + source + "; known: " + String.join(", ", sorted(values)),
                            List.of(source),
                            null);
                }
                hadPlaceholder = true;
                allEmpty &= value.isEmpty();
                matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(rendered);
            if (hadPlaceholder && allEmpty) {
                continue;
            }
            out.append(rendered);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Checks that the template has each of {@code names} as a placeholder, so generated sections have
     * a place to go.
     *
     * @throws ScriptDirectoryException naming the first missing placeholder
     */
    void requirePlaceholders(List<String> names) {
        for (String name : names) {
            if (!text.contains("${" + name + "}")) {
                throw new ScriptDirectoryException(
                        ScriptDirectoryException.Kind.BAD_TEMPLATE,
                        "template " + source + " has no '${" + name + "}' placeholder, so autogenerate has nowhere to"
                                + " write the operations; add a line '${" + name + "}' where they belong (see the"
                                + " template `retort init` writes)",
                        List.of(source),
                        null);
            }
        }
    }

    /** Whether the template has the placeholder {@code name}. */
    boolean hasPlaceholder(String name) {
        return text.contains("${" + name + "}");
    }

    private static List<String> sorted(Map<String, String> values) {
        return values.keySet().stream().sorted().map(name -> "${" + name + "}").toList();
    }
}
