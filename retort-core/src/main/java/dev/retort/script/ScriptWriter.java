package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/** Writes a new revision script from a template and checks the result reads back as declared. */
final class ScriptWriter {
    private final ScriptDirectory directory;

    ScriptWriter(ScriptDirectory directory) {
        this.directory = directory;
    }

    MigrationScript write(NewRevision request) {
        Path folder = folder(request);
        String slug = Slugs.of(request.message());
        String name = request.id() + (slug.isEmpty() ? "" : "_" + slug) + "."
                + request.format().extension();
        Path file = folder.resolve(name);
        Path templateFile = directory.location().resolve(ScriptDirectory.templateName(request.format()));
        ScriptTemplate template = template(templateFile, request.format());
        if (!request.bodies().isEmpty()) {
            template.requirePlaceholders(List.of("upgrades", "downgrades"));
        }
        String text = template.render(values(request));
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO, "File " + file + " already exists", List.of(file), e);
        } catch (IOException e) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO,
                    "could not write " + file + ": " + e.getMessage(),
                    List.of(file),
                    e);
        }
        return checked(file, templateFile, request);
    }

    private Path folder(NewRevision request) {
        Path versions = directory.versions().toAbsolutePath().normalize();
        Path folder =
                request.folder().map(path -> path.toAbsolutePath().normalize()).orElse(versions);
        if (!folder.startsWith(versions)) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.MISSING,
                    "Path " + folder + " is not inside the versions folder " + versions,
                    List.of(folder),
                    null);
        }
        return folder;
    }

    private static ScriptTemplate template(Path templateFile, ScriptFormat format) {
        if (!Files.exists(templateFile)) {
            return new ScriptTemplate(templateFile, ScriptDirectory.defaultTemplate(format));
        }
        try {
            return new ScriptTemplate(templateFile, Files.readString(templateFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.BAD_TEMPLATE,
                    "could not read template " + templateFile + ": " + e.getMessage(),
                    List.of(templateFile),
                    e);
        }
    }

    /**
     * The placeholders: plain values for SQL headers, and {@code *_java} ones quoted and escaped
     * for Java source ({@code ${revises_java}} is {@code "a", "b"}; {@code ${message_java}} is the
     * message escaped to sit between double quotes).
     */
    static Map<String, String> values(NewRevision request) {
        return Map.ofEntries(
                Map.entry("revision", request.id()),
                Map.entry("revises", String.join(", ", request.parents())),
                Map.entry("branch_labels", String.join(", ", request.branchLabels())),
                Map.entry("depends_on", String.join(", ", request.dependsOn())),
                Map.entry("message", request.message()),
                Map.entry("created", request.created()),
                Map.entry("revises_java", JavaLiterals.strings(request.parents())),
                Map.entry("branch_labels_java", JavaLiterals.strings(request.branchLabels())),
                Map.entry("depends_on_java", JavaLiterals.strings(request.dependsOn())),
                Map.entry("message_java", JavaLiterals.escape(request.message())),
                Map.entry("created_java", JavaLiterals.escape(request.created())),
                Map.entry("class_name", JavaLiterals.className(request.id())),
                Map.entry("upgrades", request.bodies().upgrades()),
                Map.entry("downgrades", request.bodies().downgrades()),
                Map.entry("imports", String.join("\n", request.bodies().imports())));
    }

    /** Reads the written file back; a template that lost a header line leaves no file behind. */
    private MigrationScript checked(Path file, Path templateFile, NewRevision request) {
        try {
            MigrationScript script = ScriptDirectory.read(directory.versions(), file);
            if (!script.revision().parents().equals(request.parents())
                    || !script.revision().branchLabels().equals(request.branchLabels())
                    || !script.revision().dependsOn().equals(request.dependsOn())
                    || !script.id().equals(request.id())) {
                throw new InvalidScriptException(
                        file, 0, "the written header does not match the requested revision " + request.id());
            }
            return script;
        } catch (InvalidScriptException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the template error below is what the user must act on
            }
            String needs = request.format() == ScriptFormat.JAVA
                    ? "@Revision(id = \"${revision}\", revises = {${revises_java}}) on class ${class_name}"
                    : "the '-- Revision: ${revision}' and '-- Revises: ${revises}' lines and the '-- migrate:upgrade'"
                            + " marker";
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.BAD_TEMPLATE,
                    "template " + templateFile + " does not produce a valid script: " + e.getMessage() + "; it needs "
                            + needs,
                    List.of(templateFile),
                    e);
        }
    }
}
