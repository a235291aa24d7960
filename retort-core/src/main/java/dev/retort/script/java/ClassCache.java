package dev.retort.script.java;

import dev.retort.ops.Migration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled script classes on disk, by content: {@code <script location>/.retort-cache/java/<key>.classes}
 * holds the class files of one script, where the key is the SHA-256 of the script's source, the Java
 * version and Retort's version. An edited script gets a new key and is compiled again; an unchanged
 * one is read back. The folder holds a {@code .gitignore} of {@code *}. Entries are written to a
 * temporary file and moved into place, so processes sharing the folder never read half an entry;
 * an unreadable entry counts as missing. When the folder cannot be written, classes stay in memory
 * for the run.
 */
final class ClassCache {
    /** The cache folder's name in the script location. */
    static final String FOLDER = ".retort-cache";

    private static final int MAGIC = 0x52544A43; // "RTJC"
    private static final int FORMAT = 1;
    private static final System.Logger LOG = System.getLogger(ClassCache.class.getName());
    private static final String TOOL_VERSIONS = "java " + Runtime.version() + "\nretort " + retortVersion();

    private final Path root;
    private final Path entries;
    private boolean writable = true;

    ClassCache(Path scriptLocation) {
        this.root = scriptLocation.resolve(FOLDER);
        this.entries = root.resolve("java");
    }

    /** The key of a script's classes: its source, the Java version and Retort's version. */
    static String key(String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(TOOL_VERSIONS.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The file holding the classes of {@code key}. */
    Path entry(String key) {
        return entries.resolve(key + ".classes");
    }

    boolean contains(String key) {
        return Files.isRegularFile(entry(key));
    }

    /** The classes stored under {@code key}; empty when there are none or the entry is unreadable. */
    Optional<Map<String, byte[]>> read(String key) {
        Path file = entry(key);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            return Optional.of(classes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code classes} under {@code key}; when that fails, says so once and carries on. */
    void write(String key, Map<String, byte[]> classes) {
        if (!writable) {
            return;
        }
        try {
            createFolder();
            Path temporary = Files.createTempFile(entries, key, ".tmp");
            try {
                Files.write(temporary, encode(classes));
                move(temporary, entry(key));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            writable = false;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot write compiled Java scripts to " + root + " (" + e
                            + "); they are kept in memory and compiled again next time");
        }
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
        }
        Path ignore = root.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "*\n");
        }
        Files.createDirectories(entries);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] encode(Map<String, byte[]> classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Retort's version from its jar's manifest, plus the jar's size and time when it is a file: a
     * rebuilt snapshot jar with the same version may have a different API for scripts.
     */
    private static String retortVersion() {
        String version = Optional.ofNullable(Migration.class.getPackage().getImplementationVersion())
                .orElse("development");
        CodeSource source = Migration.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return version;
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                return version + " " + Files.size(jar) + " "
                        + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (URISyntaxException | IllegalArgumentException | IOException | SecurityException e) {
            // the version alone then identifies Retort
        }
        return version;
    }
}
