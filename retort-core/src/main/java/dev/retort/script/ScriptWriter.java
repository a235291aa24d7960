package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a new revision script from a template and checks the result reads back as declared. */
final class ScriptWriter {
    private final ScriptDirectory directory;

    ScriptWriter(ScriptDirectory directory) {
        this.directory = directory;
    }

    MigrationScript write(NewRevision request) {
        Rendered rendered = render(request);
        Path file = rendered.file();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
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
        return checked(file, rendered.template(), request);
    }

    /** The file a new script would be written to and its text, without writing anything. */
    Rendered render(NewRevision request) {
        Path folder = folder(request);
        String slug = Slugs.of(request.message());
        String name = request.id() + (slug.isEmpty() ? "" : "_" + slug) + "."
                + request.format().extension();
        Path templateFile = directory.location().resolve(ScriptDirectory.templateName(request.format()));
        ScriptTemplate template = template(templateFile, request.format());
        if (!request.bodies().isEmpty()) {
            template.requirePlaceholders(List.of("upgrades", "downgrades"));
        }
        String text = template.render(values(request));
        String squashes = request.format() == ScriptFormat.JAVA ? "squashes_java" : "squashes";
        if (!request.squashes().isEmpty() && !template.hasPlaceholder(squashes)) {
            text = SquashesHeader.insert(text, request);
        }
        return new Rendered(folder.resolve(name), text, templateFile);
    }

    /**
     * Writes {@code request} in place of the scripts {@code removed}, all or nothing: the new script
     * goes to a hidden temporary name first and is read back, then the old files are deleted and the
     * new one renamed into place; if anything fails, the old files are written back and the new one
     * removed.
     */
    MigrationScript replace(NewRevision request, List<Path> removed) {
        Rendered rendered = render(request);
        Path file = rendered.file();
        Path temporary = file.resolveSibling(".squash-" + file.getFileName());
        if (Files.exists(file) && removed.stream().noneMatch(path -> sameFile(path, file))) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO, "File " + file + " already exists", List.of(file), null);
        }
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(temporary);
            Files.writeString(temporary, rendered.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            checked(temporary, rendered.template(), request);
            for (Path path : removed) {
                originals.put(path, Files.readAllBytes(path));
            }
            for (Path path : removed) {
                Files.delete(path);
            }
            Files.move(temporary, file);
        } catch (IOException | RuntimeException e) {
            restore(originals, temporary);
            if (e instanceof ScriptDirectoryException failure) {
                throw failure;
            }
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO,
                    "could not replace the squashed scripts with " + file + ": " + e.getMessage()
                            + "; every file was put back as it was",
                    List.of(file),
                    e);
        }
        return ScriptDirectory.read(directory.versions(), file);
    }

    /** Puts the deleted files back and removes the temporary script; best effort, the first failure is reported. */
    private static void restore(Map<Path, byte[]> originals, Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a hidden temporary file does not load as a script; the restore below matters more
        }
        for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
            try {
                if (!Files.exists(original.getKey())) {
                    Files.write(original.getKey(), original.getValue(), StandardOpenOption.CREATE_NEW);
                }
            } catch (IOException ignored) {
                // keep restoring the others; the caller reports the original failure
            }
        }
    }

    private static boolean sameFile(Path one, Path other) {
        return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    /** A new script's file, text, and the template it came from. */
    record Rendered(Path file, String text, Path template) {}

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
                Map.entry("imports", String.join("\n", request.bodies().imports())),
                Map.entry("squashes", String.join(", ", request.squashes())),
                Map.entry("squashes_java", JavaLiterals.strings(request.squashes())));
    }

    /** Reads the written file back; a template that lost a header line leaves no file behind. */
    private MigrationScript checked(Path file, Path templateFile, NewRevision request) {
        try {
            MigrationScript script = ScriptDirectory.read(directory.versions(), file);
            if (!script.revision().parents().equals(request.parents())
                    || !script.revision().branchLabels().equals(request.branchLabels())
                    || !script.revision().dependsOn().equals(request.dependsOn())
                    || !script.squashes().equals(request.squashes())
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
            if (!request.squashes().isEmpty()) {
                needs += request.format() == ScriptFormat.JAVA
                        ? ", and squashes = {${squashes_java}} in @Revision"
                        : ", and a '-- Squashes: ${squashes}' line";
            }
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.BAD_TEMPLATE,
                    "template " + templateFile + " does not produce a valid script: " + e.getMessage() + "; it needs "
                            + needs,
                    List.of(templateFile),
                    e);
        }
    }
}
