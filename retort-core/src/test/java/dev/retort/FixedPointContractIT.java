package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.autogen.SchemaFilter;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testkit.CorpusSchemas;
import dev.retort.testkit.DatabaseKind;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed point of autogenerate on real schemas: load a corpus schema into one database, use it as
 * the models of an empty second database, autogenerate, upgrade, and then {@code check} finds
 * nothing, the second database reads back equal to the first object for object (tables, indexes,
 * sequences and domains), and downgrade leaves it empty again. Schemas that need something Retort
 * does not model yet are listed with the reason.
 */
abstract class FixedPointContractIT {
    private static final Set<String> BOOKKEEPING = Set.of("retort_version", "retort_history");

    @TempDir
    Path folder;

    abstract String dialectName();

    abstract TestDatabase newDatabase();

    abstract DatabaseKind kind();

    /** Corpus schemas this dialect cannot take yet, each with the reason. */
    abstract Map<String, String> unsupported();

    /**
     * What a database administrator does to the empty database before migrations run, copying from the
     * loaded one what Retort does not model (PostgreSQL: its extensions). Nothing by default.
     */
    void prepare(TestDatabase loaded, TestDatabase empty) throws Exception {}

    /** The schemas besides the current one that are compared ({@code include_schemas}). */
    List<String> includeSchemas() {
        return List.of();
    }

    Dialect dialect() {
        return Dialects.installed().named(dialectName()).orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> autogenerateReachesAFixedPointOnEveryCorpusSchema() {
        if (CorpusSchemas.folder().isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("corpus", () -> Assumptions.abort(CorpusSchemas.missing())));
        }
        return CorpusSchemas.names(kind()).stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Assumptions.assumeFalse(
                            unsupported().containsKey(name),
                            () -> name + " is not supported yet: "
                                    + unsupported().get(name));
                    fixedPoint(name);
                }));
    }

    private void fixedPoint(String name) throws Exception {
        TestDatabase reference = newDatabase();
        CorpusSchemas.load(reference, name);
        TestDatabase target = newDatabase();
        prepare(reference, target);
        Path project = Files.createDirectories(folder.resolve(name));
        Retort.init(project.resolve("migrations"));
        Retort retort = Retort.configure()
                .scriptLocation(project.resolve("migrations"))
                .url(target.url())
                .urlBase(project)
                .models("url:" + reference.url())
                .includeSchemas(includeSchemas())
                .load();

        AutogenerateResult generated = retort.autogenerate(NewRevisionRequest.withMessage("baseline of " + name));
        assertTrue(!generated.comparison().isEmpty(), name + ": nothing was generated");
        retort.upgrade("head");

        SchemaComparison check = retort.check();
        assertEquals(List.of(), check.changes(), name + ": check after upgrade must find nothing");
        Schema wanted = read(reference);
        Schema built = read(target);
        assertEquals(wanted.tableNames(), built.tableNames(), name + ": tables");
        for (Table table : wanted.tables()) {
            assertEquals(
                    canonical(table),
                    canonical(built.table(table.name()).orElseThrow()),
                    name + ": table " + table.name());
        }
        assertEquals(sorted(wanted.indexes()), sorted(built.indexes()), name + ": indexes");
        assertEquals(wanted.sequences(), built.sequences(), name + ": sequences");
        assertEquals(wanted.domains(), built.domains(), name + ": domains");
        assertEquals(wanted.namespaces(), built.namespaces(), name + ": schemas");

        retort.downgrade("base");
        assertEquals(List.of(), read(target).tableNames(), name + ": downgrade to base must leave no table");
        assertEquals(List.of(), read(target).sequences(), name + ": downgrade to base must leave no sequence");
        assertEquals(List.of(), read(target).domains(), name + ": downgrade to base must leave no domain");
        assertEquals(List.of(), read(target).namespaces(), name + ": downgrade to base must leave no schema");
    }

    private Schema read(TestDatabase database) throws Exception {
        try (Connection connection = database.open()) {
            return dialect()
                    .readSchema(connection, new SchemaFilter(includeSchemas(), List.of()))
                    .schema()
                    .onlyTables(table -> !BOOKKEEPING.contains(table));
        }
    }

    /** The table with its constraints in a fixed order: databases list them in creation order. */
    private static Table canonical(Table table) {
        return new Table(
                table.name(),
                table.columns(),
                table.primaryKey(),
                sortedBy(table.uniques(), Object::toString),
                sortedBy(table.foreignKeys(), Object::toString),
                sortedBy(table.checks(), Object::toString),
                table.comment());
    }

    private static List<Index> sorted(List<Index> indexes) {
        return sortedBy(indexes, index -> index.table() + "." + index.name());
    }

    private static <T> List<T> sortedBy(List<T> items, Function<T, String> key) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(key));
        return sorted;
    }
}
