package dev.retort.models;

import dev.retort.dialect.SchemaSnapshot;
import dev.retort.script.sql.Statement;
import dev.retort.script.sql.StatementSplitException;
import dev.retort.script.sql.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Models as a desired-state DDL file ({@code models = "sql:schema.sql"}): its statements run in a
 * scratch schema of the project's database and what they made is read back. Transaction control is
 * refused, because a {@code COMMIT} would end the scratch schema's protection. Immutable.
 */
final class SqlFileModels implements ModelSource {
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)^\\s*(begin|commit|rollback|start\\s+transaction|end|savepoint|release)\\b\\s*(work|transaction)?\\s*;?\\s*$");

    private final String path;

    SqlFileModels(String path) {
        this.path = path;
    }

    @Override
    public SchemaSnapshot read(ModelContext context) {
        Path file = context.resolve(path);
        String text = text(file);
        List<Statement> statements;
        try {
            statements = new StatementSplitter(context.dialect().splitterSyntax()).split(text);
        } catch (StatementSplitException e) {
            throw new ModelException(
                    "cannot split the models file " + file + " into statements: " + e.getMessage(),
                    "fix the SQL at line " + e.line() + " of " + file,
                    e);
        }
        List<String> texts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Statement statement : statements) {
            if (TRANSACTION_CONTROL.matcher(statement.text()).matches()) {
                throw new ModelException(
                        "the models file " + file + " controls transactions at line " + statement.line() + " ('"
                                + statement.text().strip().toUpperCase(Locale.ROOT) + "')",
                        "remove BEGIN/COMMIT from the models file: it holds the schema's DDL only, which Retort"
                                + " runs in a scratch schema it throws away",
                        null);
            }
            texts.add(statement.text());
            lines.add(statement.line());
        }
        return context.reflectStatements(file.toString(), texts, lines);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelException(
                    "the models file " + file + " does not exist",
                    "create it with the CREATE TABLE statements of the schema you want, or point `models` in"
                            + " retort.toml at it",
                    e);
        } catch (IOException e) {
            throw new ModelException(
                    "cannot read the models file " + file + ": " + e.getMessage(), "check the file", e);
        }
    }

    @Override
    public String description() {
        return "sql:" + path;
    }
}
