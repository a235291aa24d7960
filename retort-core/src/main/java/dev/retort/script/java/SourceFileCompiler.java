package dev.retort.script.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles one Java source file that is not a migration script (a {@code java:} models class) against
 * the class path Retort runs on, into a temporary folder, and loads its classes. Stateless.
 */
public final class SourceFileCompiler {
    private SourceFileCompiler() {}

    /**
     * A class loader, child of {@code parent}, that finds the classes compiled from {@code source}.
     *
     * @throws IllegalArgumentException when the file does not compile, with each error as {@code
     *     file:line: message}, or when there is no compiler (a Java runtime without a JDK)
     */
    public static ClassLoader compile(Path source, ClassLoader parent) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalArgumentException("compiling " + source + " needs a JDK, and Retort runs on a Java runtime"
                    + " without a compiler (" + System.getProperty("java.home") + "); run it with a JDK's java");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path output = Files.createTempDirectory("retort-models");
            output.toFile().deleteOnExit();
            files.setLocation(StandardLocation.CLASS_PATH, ScriptCompiler.classPath(parent));
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(output.toFile()));
            boolean compiled = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of("-proc:none", "-nowarn"),
                            null,
                            files.getJavaFileObjects(source.toFile()))
                    .call();
            if (!compiled) {
                throw new IllegalArgumentException(errors(source, diagnostics));
            }
            return new URLClassLoader(new URL[] {output.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not compile " + source + ": " + e.getMessage(), e);
        }
    }

    private static String errors(Path source, DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                lines.add(source + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
            }
        }
        return lines.isEmpty() ? source + " does not compile" : String.join("\n", lines);
    }
}
