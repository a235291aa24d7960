package dev.retort.script.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files of a package and its sub-packages, as a class loader sees them: from folders
 * ({@code file:} URLs) and jars ({@code jar:file:} URLs). Nested classes and
 * {@code package-info}/{@code module-info} are left out. A jar must list the package's folder as an
 * entry, as jars built by Maven, Gradle and the {@code jar} tool do.
 */
final class PackageClasses {
    /**
     * One class file.
     *
     * @param className the binary name
     * @param file the class file, or {@code <jar>!/<entry>} for a class in a jar
     * @param bytes the class file's content
     */
    record ClassFile(String className, Path file, byte[] bytes) {}

    private PackageClasses() {}

    /**
     * The class files below {@code packageName}, in the order the loader lists its roots, then by
     * name.
     *
     * @throws UncheckedIOException when a folder or jar cannot be read
     * @throws IllegalArgumentException for a root that is neither a folder nor a jar file
     */
    static List<ClassFile> list(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        List<ClassFile> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    fromFolder(Path.of(root.toURI()), folder, classes);
                } else if (root.getProtocol().equals("jar") && root.getPath().startsWith("file:")) {
                    fromJar(root, folder, classes);
                } else {
                    throw new IllegalArgumentException("cannot list the classes of package " + packageName + " in "
                            + root + ": only folders and jar files are supported");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of package " + packageName + ": " + e, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot list the classes of package " + packageName + ": " + e, e);
        }
        return classes;
    }

    private static void fromFolder(Path packageFolder, String folder, List<ClassFile> classes) throws IOException {
        Path root = packageFolder;
        for (int i = 0; i < folder.split("/").length; i++) {
            root = root.getParent();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(packageFolder)) {
            files = walk.filter(path -> isTopLevelClass(path.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            classes.add(new ClassFile(className(relative), file, Files.readAllBytes(file)));
        }
    }

    private static void fromJar(URL root, String folder, List<ClassFile> classes) throws IOException {
        String path = root.getPath();
        int separator = path.indexOf("!/");
        String jarUrl = path.substring(0, separator < 0 ? path.length() : separator);
        Path jarPath;
        try {
            jarPath = Path.of(new URL(jarUrl).toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            jarPath = Path.of(URLDecoder.decode(jarUrl.substring("file:".length()), StandardCharsets.UTF_8));
        }
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            List<JarEntry> entries = jar.stream()
                    .filter(entry -> entry.getName().startsWith(folder + "/"))
                    .filter(entry -> isTopLevelClass(
                            entry.getName().substring(entry.getName().lastIndexOf('/') + 1)))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    classes.add(new ClassFile(
                            className(entry.getName()), Path.of(jarPath + "!/" + entry.getName()), in.readAllBytes()));
                }
            }
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class")
                && fileName.indexOf('$') < 0
                && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    private static String className(String relativePath) {
        return relativePath
                .substring(0, relativePath.length() - ".class".length())
                .replace('/', '.');
    }
}
