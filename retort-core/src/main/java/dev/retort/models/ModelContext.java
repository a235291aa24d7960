package dev.retort.models;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ModelSource} may use: the project's database kind, its folder and class loader, and
 * scratch schemas and other databases to read from. Supplied by Retort; one thread at a time.
 */
public interface ModelContext {
    /** The database kind the models are compared in. */
    Dialect dialect();

    /** A path of the {@code models} setting resolved against the configuration file's folder. */
    Path resolve(String path);

    /** The class loader {@code java:} models are loaded with. */
    ClassLoader classLoader();

    /**
     * Compiles the Java source file {@code source} against Retort's class path and gives a class
     * loader, child of {@link #classLoader()}, that finds its classes.
     *
     * @throws ModelException with the compiler's errors ({@code file:line: message})
     */
    ClassLoader compile(Path source);

    /**
     * Runs {@code statements} in order in an empty scratch schema of the project's database and reads
     * back the tables they made.
     *
     * @param origin where the statements come from, for messages (a file name)
     * @param lines the line each statement starts on in {@code origin}, for messages
     * @throws ModelException naming the statement that failed and its line
     */
    SchemaSnapshot reflectStatements(String origin, List<String> statements, List<Integer> lines);

    /**
     * Builds {@code declared} in an empty scratch schema of the project's database, with the operations
     * autogenerate would write to create it from nothing (domains and sequences before the tables that
     * use them, foreign keys in an order they can be satisfied), and reads back what they made.
     *
     * @throws ModelException naming the operation that failed
     */
    SchemaSnapshot reflectSchema(String origin, Schema declared);

    /**
     * Reads the tables of the live database at {@code url} (same kind as the project's).
     *
     * @throws ModelException when it cannot be reached or read, or is of another kind
     */
    SchemaSnapshot reflectDatabase(String url);
}
