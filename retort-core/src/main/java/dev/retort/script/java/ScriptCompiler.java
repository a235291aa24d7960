package dev.retort.script.java;

import dev.retort.ops.Migration;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectoryException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Compiles Java scripts in one javac run, in memory, against the class path Retort runs on (which
 * holds {@code dev.retort.ops} and {@code dev.retort.schema}). Either every script compiles, or
 * nothing is returned and every error is reported.
 */
final class ScriptCompiler {
    private static final List<String> OPTIONS = List.of("-proc:none", "-implicit:none", "-nowarn", "-Xlint:none");

    private final Supplier<JavaCompiler> compilers;
    private final ClassLoader parent;

    /** Compiles with the compiler {@code compilers} gives (null when there is no JDK). */
    ScriptCompiler(Supplier<JavaCompiler> compilers, ClassLoader parent) {
        this.compilers = compilers;
        this.parent = parent;
    }

    /**
     * The classes of each script: binary name to class file.
     *
     * @throws InvalidScriptException when a script does not compile: the first error's file and
     *     line, every error in the message, and each further error as a suppressed exception
     * @throws ScriptDirectoryException of kind {@code NO_COMPILER} when Retort runs without a JDK
     */
    Map<MigrationScript, Map<String, byte[]>> compile(List<MigrationScript> scripts) {
        JavaCompiler compiler = compilers.get();
        if (compiler == null) {
            throw noCompiler(scripts);
        }
        List<ScriptSource> sources = new ArrayList<>();
        for (MigrationScript script : scripts) {
            sources.add(new ScriptSource(
                    script, JavaMigrations.body(script).source().orElseThrow()));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard =
                        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                MemoryFileManager files = new MemoryFileManager(standard, sources)) {
            standard.setLocation(StandardLocation.CLASS_PATH, classPath(parent));
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
            boolean compiled = compiler.getTask(null, files, diagnostics, OPTIONS, null, sources)
                    .call();
            List<Diagnostic<? extends JavaFileObject>> errors = errors(diagnostics);
            if (!compiled || !errors.isEmpty()) {
                throw CompileErrors.of(scripts, errors);
            }
            return files.output();
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up the Java compiler: " + e.getMessage(), e);
        }
    }

    private static List<Diagnostic<? extends JavaFileObject>> errors(DiagnosticCollector<JavaFileObject> all) {
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : all.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic);
            }
        }
        return errors;
    }

    private static ScriptDirectoryException noCompiler(List<MigrationScript> scripts) {
        List<Path> files = scripts.stream().map(MigrationScript::file).toList();
        return new ScriptDirectoryException(
                ScriptDirectoryException.Kind.NO_COMPILER,
                "Java scripts need a JDK: Retort runs on a Java runtime without a compiler ("
                        + System.getProperty("java.home") + "), so it cannot compile " + files.get(0)
                        + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : "")
                        + "; run Retort with a JDK's java (set JAVA_HOME to a JDK), or compile the scripts into the"
                        + " application and name their package (script_package)",
                files,
                null);
    }

    /**
     * What scripts compile against: {@code java.class.path}, where Retort itself was loaded from,
     * and the folders and jars of any URL class loader between {@code parent} and the system one.
     */
    static List<File> classPath(ClassLoader parent) {
        Set<File> entries = new LinkedHashSet<>();
        String property = System.getProperty("java.class.path", "");
        for (String entry : property.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(new File(entry));
            }
        }
        location(Migration.class.getProtectionDomain().getCodeSource()).ifPresent(entries::add);
        for (ClassLoader loader = parent; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    fileOf(url).ifPresent(entries::add);
                }
            }
        }
        return entries.stream().filter(File::exists).toList();
    }

    private static Optional<File> location(CodeSource source) {
        return source == null ? Optional.empty() : fileOf(source.getLocation());
    }

    private static Optional<File> fileOf(URL url) {
        if (url == null || !url.getProtocol().equals("file")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.exists(path) ? Optional.of(path.toFile()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
