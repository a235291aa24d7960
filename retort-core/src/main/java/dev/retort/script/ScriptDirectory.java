package dev.retort.script;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A project's migrations folder: {@code versions/} (and its subfolders) holding the revision
 * scripts, and the templates for new ones. Reading it is done once; the graph is built on first
 * use. Immutable after loading and safe to share; writing a script returns the new script, and a
 * fresh {@link #load} sees it.
 */
public final class ScriptDirectory {
    /** The folder, inside the script location, that holds revision scripts. */
    public static final String VERSIONS = "versions";

    /** Below this many scripts, starting threads to read them costs more than it saves. */
    private static final int PARALLEL_FROM = 200;

    private final Path location;
    private final Path versions;
    private final List<MigrationScript> scripts;
    private final Map<String, MigrationScript> byId;
    private volatile RevisionGraph graph;

    private ScriptDirectory(Path location, List<MigrationScript> scripts) {
        this.location = location;
        this.versions = location.resolve(VERSIONS);
        this.scripts = List.copyOf(scripts);
        this.byId = new HashMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript earlier = byId.putIfAbsent(script.id(), script);
            if (earlier != null) {
                throw new ScriptDirectoryException(
                        ScriptDirectoryException.Kind.DUPLICATE_REVISION,
                        "revision " + script.id() + " is declared by two scripts: " + earlier.file() + " and "
                                + script.file(),
                        List.of(earlier.file(), script.file()),
                        null);
            }
        }
    }

    /**
     * Reads every script under {@code location/versions}.
     *
     * @throws ScriptDirectoryException when the folder does not exist or two scripts share an id
     * @throws InvalidScriptException when a script cannot be read or parsed
     */
    public static ScriptDirectory load(Path location) {
        return load(location, List.of());
    }

    /**
     * Reads every script under {@code location/versions} and adds {@code compiled}: scripts found
     * elsewhere, such as Java migrations compiled into the application. All of them form one graph.
     * When {@code compiled} is not empty, a missing {@code versions/} folder counts as empty.
     *
     * @throws ScriptDirectoryException when the folder does not exist (and nothing was compiled in),
     *     or two scripts share an id
     * @throws InvalidScriptException when a script cannot be read or parsed
     */
    public static ScriptDirectory load(Path location, List<MigrationScript> compiled) {
        Path versions = location.resolve(VERSIONS);
        if (!compiled.isEmpty() && !Files.exists(versions)) {
            return new ScriptDirectory(location, compiled);
        }
        if (!Files.isDirectory(versions)) {
            Path missing = Files.isDirectory(location) ? versions : location;
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.MISSING,
                    "Path doesn't exist: '" + missing + "'",
                    List.of(missing),
                    null);
        }
        List<Path> files = scriptFiles(versions);
        List<MigrationScript> scripts =
                new ArrayList<>((files.size() < PARALLEL_FROM ? files.stream() : files.parallelStream())
                        .map(file -> read(versions, file))
                        .toList());
        scripts.addAll(compiled);
        return new ScriptDirectory(location, scripts);
    }

    /**
     * Creates {@code location} with an empty {@code versions/} folder and the script templates.
     *
     * @throws ScriptDirectoryException when {@code location} exists and is not empty
     */
    public static void init(Path location) {
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> entries = Files.list(location)) {
                    if (entries.findAny().isPresent()) {
                        throw new ScriptDirectoryException(
                                ScriptDirectoryException.Kind.ALREADY_EXISTS,
                                "Directory " + location + " already exists and is not empty",
                                List.of(location),
                                null);
                    }
                }
            } else if (Files.exists(location)) {
                throw new ScriptDirectoryException(
                        ScriptDirectoryException.Kind.ALREADY_EXISTS,
                        location + " already exists and is not a directory",
                        List.of(location),
                        null);
            }
            Files.createDirectories(location.resolve(VERSIONS));
            Files.writeString(location.resolve(VERSIONS).resolve(".gitkeep"), "");
            for (ScriptFormat format : ScriptFormat.values()) {
                Files.writeString(location.resolve(templateName(format)), defaultTemplate(format));
            }
        } catch (IOException e) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO,
                    "could not create " + location + ": " + e.getMessage(),
                    List.of(location),
                    e);
        }
    }

    /** The script location (the folder holding {@code versions/}). */
    public Path location() {
        return location;
    }

    /** The {@code versions/} folder. */
    public Path versions() {
        return versions;
    }

    /**
     * Every script: the files sorted by their path below {@code versions/}, then any compiled
     * ones in the order given to {@link #load(Path, List)}.
     */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    /** The script of a revision, by exact id. */
    public Optional<MigrationScript> script(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The revision graph of all scripts, built on first call.
     *
     * @throws dev.retort.graph.GraphException when the scripts do not form a valid graph
     */
    public RevisionGraph graph() {
        RevisionGraph built = graph;
        if (built == null) {
            List<Revision> revisions = new ArrayList<>(scripts.size());
            for (MigrationScript script : scripts) {
                revisions.add(script.revision());
            }
            built = RevisionGraph.of(revisions);
            graph = built;
        }
        return built;
    }

    /**
     * Writes a new script from the project's template (or the built-in one when the project has
     * none) and reads it back to check the template kept the header intact.
     *
     * @throws ScriptDirectoryException when the file exists, the folder is outside
     *     {@code versions/}, or the template is broken
     */
    public MigrationScript write(NewRevision request) {
        return new ScriptWriter(this).write(request);
    }

    /**
     * The file a new script would be written to and its text, without writing anything (for
     * {@code squash --dry-run}).
     *
     * @return the file and the text
     */
    public Map.Entry<Path, String> render(NewRevision request) {
        ScriptWriter.Rendered rendered = new ScriptWriter(this).render(request);
        return Map.entry(rendered.file(), rendered.text());
    }

    /**
     * Writes {@code request} in place of the script files {@code removed}, all or nothing: the new
     * script is written under a hidden name and read back, the old files are deleted, and the new
     * one is renamed into place; if a step fails, every file is put back as it was.
     *
     * @throws ScriptDirectoryException when a file cannot be written, deleted or renamed, or the
     *     template is broken
     */
    public MigrationScript replace(NewRevision request, List<Path> removed) {
        return new ScriptWriter(this).replace(request, List.copyOf(removed));
    }

    /** The file name of a format's template in the script location. */
    public static String templateName(ScriptFormat format) {
        return "script." + format.extension() + ".template";
    }

    static String defaultTemplate(ScriptFormat format) {
        String resource = templateName(format);
        try (InputStream in = ScriptDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MigrationScript read(Path versions, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidScriptException(file, 0, "cannot read the file: " + describe(e), e);
        }
        String relative = versions.relativize(file).toString().replace('\\', '/');
        if (ScriptFormat.ofFile(file.getFileName().toString()).orElseThrow() == ScriptFormat.JAVA) {
            return new JavaScriptReader(file, relative).read(text);
        }
        return new SqlScriptReader(file, relative).read(text);
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "it is not valid UTF-8";
        }
        return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
    }

    private static List<Path> scriptFiles(Path versions) {
        try (Stream<Path> walk = Files.walk(versions)) {
            return walk.filter(path ->
                            ScriptFormat.ofFile(path.getFileName().toString()).isPresent())
                    .filter(path -> !isHidden(versions, path))
                    .filter(Files::isRegularFile)
                    .map(path -> Map.entry(versions.relativize(path).toString().replace('\\', '/'), path))
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptDirectoryException(
                    ScriptDirectoryException.Kind.IO,
                    "could not list " + versions + ": " + e.getMessage(),
                    List.of(versions),
                    e);
        }
    }

    private static boolean isHidden(Path versions, Path path) {
        for (Path part : versions.relativize(path)) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("__pycache__")) {
                return true;
            }
        }
        return false;
    }
}
