package dev.retort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** STYLE.md section 2: the packages of retort-core and which way they may depend. */
class ArchitectureTest {
    private static final String ROOT = "dev.retort";

    /** For each package (relative to dev.retort), the packages of ours it may import. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("graph", List.of()),
            Map.entry("schema", List.of()),
            Map.entry("script", List.of("graph", "script.sql")),
            Map.entry("script.sql", List.of()),
            // Java scripts: compiled classes are checked against dev.retort.ops.Migration and @Revision.
            Map.entry("script.java", List.of("graph", "script", "ops")),
            Map.entry("ops", List.of("schema")),
            Map.entry("dialect", List.of("schema", "ops", "script.sql")),
            Map.entry("dialect.postgres", List.of("dialect", "schema", "ops", "script.sql")),
            Map.entry("dialect.mariadb", List.of("dialect", "schema", "ops", "script.sql")),
            Map.entry("dialect.sqlite", List.of("dialect", "schema", "ops", "script.sql")),
            Map.entry("reflect", List.of("schema", "dialect")),
            Map.entry("diff", List.of("schema", "ops", "dialect")),
            Map.entry("render", List.of("ops", "schema", "dialect")),
            Map.entry("models", List.of("schema", "reflect", "dialect", "ops", "script.sql")),
            Map.entry(
                    "runtime",
                    List.of("graph", "script", "script.sql", "script.java", "schema", "ops", "render", "dialect")),
            Map.entry("autogen", List.of("models", "reflect", "diff", "render", "script", "schema", "ops", "dialect")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/retort-testkit/"))
                .importPackages(ROOT);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.retort.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachPackageImportsOnlyWhatItMay() {
        for (var entry : ALLOWED.entrySet()) {
            String pkg = ROOT + "." + entry.getKey();
            List<String> forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()))
                    .filter(other -> !entry.getValue().contains(other))
                    .filter(other -> !entry.getKey().startsWith(other + "."))
                    .map(other -> ROOT + "." + other)
                    .toList();
            for (String other : forbidden) {
                ArchRule rule = noClasses()
                        .that()
                        .resideInAPackage(pkg)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(other)
                        .as(pkg + " must not depend on " + other);
                rule.check(classes);
            }
            noClasses()
                    .that()
                    .resideInAPackage(pkg)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT)
                    .as(pkg + " must not depend on the facade package " + ROOT)
                    .check(classes);
        }
    }

    @Test
    void graphSchemaAndOpsArePure() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".graph..", ROOT + ".schema..", ROOT + ".ops..")
                // Ops hands a Java migration the live JDBC connection (DESIGN.md: connection() for data
                // migrations); it is an interface, so nothing in ops does I/O itself.
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".ops.Ops")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.nio.file..", "java.io..", "java.net..")
                .check(classes);
    }

    @Test
    void scriptKnowsFilesNotDatabases() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".script..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void onlyDialectPackagesNameADatabase() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        ROOT + ".dialect.postgres..", ROOT + ".dialect.mariadb..", ROOT + ".dialect.sqlite..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".dialect.postgres..", ROOT + ".dialect.mariadb..", ROOT + ".dialect.sqlite..")
                .check(classes);
    }

    @Test
    void coreNeverPrints() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
