package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Java-format script without compiling it: the package, the one top-level class that
 * carries {@code @Revision(...)}, the annotation's literal values, and whether the class declares
 * {@code downgrade}. Works on tokens, so a {@code @Revision} inside a comment or a string does not
 * count.
 */
final class JavaScriptReader {
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

    private final Path file;
    private final String relativePath;
    private List<JavaToken> tokens;
    private int index;

    JavaScriptReader(Path file, String relativePath) {
        this.file = file;
        this.relativePath = relativePath;
    }

    /** A top-level type: its kind, name, where {@code @Revision} starts (-1 for none), and its body. */
    private record TypeDeclaration(
            String kind, String name, int line, int revisionAt, int revisionLine, boolean declaresDowngrade) {}

    MigrationScript read(String original) {
        String source = original.startsWith("\uFEFF") ? original.substring(1) : original;
        String text =
                source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
        tokens = JavaLexer.tokens(file, text);
        index = 0;
        String packageName = "";
        List<TypeDeclaration> types = new ArrayList<>();
        while (index < tokens.size()) {
            JavaToken token = tokens.get(index);
            if (token.isIdentifier("package") && types.isEmpty()) {
                index++;
                packageName = qualifiedName();
                expect(';', "after the package name");
            } else if (token.isIdentifier("import")) {
                skipPast(';');
            } else if (token.isSymbol(';')) {
                index++;
            } else {
                types.add(typeDeclaration());
            }
        }
        TypeDeclaration type = annotatedClass(types);
        RevisionAnnotation annotation =
                new RevisionAnnotation(file, tokens, type.revisionAt(), type.revisionLine()).read();
        String className = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
        return new MigrationScript(
                annotation.revision(),
                annotation.message(),
                annotation.created(),
                annotation.transactional(),
                file,
                relativePath,
                ScriptFormat.JAVA,
                Checksums.of(original),
                new JavaBody(className, Optional.of(source), type.declaresDowngrade()),
                annotation.squashes());
    }

    private TypeDeclaration annotatedClass(List<TypeDeclaration> types) {
        TypeDeclaration found = null;
        for (TypeDeclaration type : types) {
            if (type.revisionAt() < 0) {
                continue;
            }
            if (found != null) {
                throw fail(
                        type.revisionLine(),
                        "a second class carries @Revision (the first at line " + found.revisionLine()
                                + "); a script holds one revision");
            }
            if (!type.kind().equals("class")) {
                throw fail(
                        type.revisionLine(),
                        "@Revision is on " + type.kind() + " " + type.name()
                                + "; it belongs on a class that implements Migration");
            }
            found = type;
        }
        if (found == null) {
            throw fail(
                    types.isEmpty() ? 0 : types.get(0).line(),
                    "no top-level class carries @Revision(id = \"...\"); a Java script is one class that implements"
                            + " dev.retort.ops.Migration and carries @Revision");
        }
        return found;
    }

    private TypeDeclaration typeDeclaration() {
        int revisionAt = -1;
        int revisionLine = 0;
        String kind;
        while (true) {
            JavaToken token = current("a class declaration");
            if (token.isSymbol('@')
                    && next(1).filter(t -> t.isIdentifier("interface")).isPresent()) {
                kind = "annotation type";
                index += 2;
                break;
            } else if (token.isSymbol('@')) {
                index++;
                String name = qualifiedName();
                if (name.equals("Revision") || name.equals("dev.retort.ops.Revision")) {
                    if (revisionAt >= 0) {
                        throw fail(token.line(), "@Revision appears twice on one class");
                    }
                    revisionAt = index;
                    revisionLine = token.line();
                }
                if (index < tokens.size() && tokens.get(index).isSymbol('(')) {
                    skipBalanced();
                }
            } else if (isTypeKeyword(token)) {
                kind = token.text();
                index++;
                break;
            } else if (token.kind() == JavaToken.Kind.IDENTIFIER || token.isSymbol('-')) {
                index++; // a modifier: public, final, abstract, sealed, non-sealed...
            } else {
                throw fail(token.line(), "expected a class declaration, found '" + token.display() + "'");
            }
        }
        JavaToken name = current("the " + kind + "'s name");
        if (name.kind() != JavaToken.Kind.IDENTIFIER) {
            throw fail(name.line(), "expected the " + kind + "'s name, found '" + name.display() + "'");
        }
        index++;
        while (!current("the " + kind + "'s body").isSymbol('{')) {
            if (tokens.get(index).isSymbol('(')) {
                skipBalanced();
            } else {
                index++;
            }
        }
        return new TypeDeclaration(kind, name.text(), name.line(), revisionAt, revisionLine, body(name));
    }

    private boolean isTypeKeyword(JavaToken token) {
        if (token.kind() != JavaToken.Kind.IDENTIFIER || !TYPE_KEYWORDS.contains(token.text())) {
            return false;
        }
        // "record" is a keyword only where a declaration follows; elsewhere it is a name.
        return !token.text().equals("record")
                || next(1).filter(t -> t.kind() == JavaToken.Kind.IDENTIFIER).isPresent();
    }

    /** Skips the body starting at the current '{'; true when it declares {@code void downgrade(...)}. */
    private boolean body(JavaToken name) {
        int depth = 0;
        boolean downgrade = false;
        do {
            if (index >= tokens.size()) {
                throw fail(name.line(), name.text() + "'s body has no closing '}'");
            }
            JavaToken token = tokens.get(index);
            if (token.isSymbol('{')) {
                depth++;
            } else if (token.isSymbol('}')) {
                depth--;
            } else if (depth == 1 && token.isIdentifier("void") && declaresDowngrade()) {
                downgrade = true;
            }
            index++;
        } while (depth > 0);
        return downgrade;
    }

    private boolean declaresDowngrade() {
        return next(1).filter(t -> t.isIdentifier("downgrade")).isPresent()
                && next(2).filter(t -> t.isSymbol('(')).isPresent();
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(identifier());
        while (index + 1 < tokens.size()
                && tokens.get(index).isSymbol('.')
                && tokens.get(index + 1).kind() == JavaToken.Kind.IDENTIFIER) {
            name.append('.').append(tokens.get(index + 1).text());
            index += 2;
        }
        return name.toString();
    }

    private String identifier() {
        JavaToken token = current("a name");
        if (token.kind() != JavaToken.Kind.IDENTIFIER) {
            throw fail(token.line(), "expected a name, found '" + token.display() + "'");
        }
        index++;
        return token.text();
    }

    /** Skips from the current '(' past its matching ')'. */
    private void skipBalanced() {
        int start = tokens.get(index).line();
        int depth = 0;
        do {
            if (index >= tokens.size()) {
                throw fail(start, "'(' without a matching ')'");
            }
            JavaToken token = tokens.get(index++);
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
        } while (depth > 0);
    }

    private void skipPast(char symbol) {
        while (!current("'" + symbol + "'").isSymbol(symbol)) {
            index++;
        }
        index++;
    }

    private void expect(char symbol, String where) {
        JavaToken token = current("'" + symbol + "' " + where);
        if (!token.isSymbol(symbol)) {
            throw fail(token.line(), "expected '" + symbol + "' " + where + ", found '" + token.display() + "'");
        }
        index++;
    }

    private JavaToken current(String expected) {
        if (index >= tokens.size()) {
            int line = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).line();
            throw fail(line, "the file ends where " + expected + " was expected");
        }
        return tokens.get(index);
    }

    private Optional<JavaToken> next(int ahead) {
        int at = index + ahead;
        return at < tokens.size() ? Optional.of(tokens.get(at)) : Optional.empty();
    }

    private InvalidScriptException fail(int line, String message) {
        return new InvalidScriptException(file, line, message);
    }
}
