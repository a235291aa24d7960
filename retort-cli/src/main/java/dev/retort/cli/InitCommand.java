package dev.retort.cli;

import dev.retort.AutogenerateResult;
import dev.retort.ErrorCode;
import dev.retort.NewRevisionRequest;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort init [DIR]}: a new retort.toml and migrations folder. */
@Command(
        mixinStandardHelpOptions = true,
        name = "init",
        description = "Create retort.toml and a migrations folder (DIR, default: migrations) with versions/ and"
                + " the script templates. Refuses to overwrite either.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort init",
            "  retort init db/migrations --url postgresql://app@localhost/app",
            "  retort -c config/retort.toml init migrations",
            "  retort init --autogenerate --models sql:schema.sql   # also write the first revision and apply it"
        })
final class InitCommand extends ProjectCommand {
    static final String DEFAULT_URL = "sqlite:///app.db";

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ProjectConfig.DEFAULT_SCRIPT_LOCATION,
            description = "The migrations folder to create. Default: ${DEFAULT-VALUE}.")
    String directory;

    @Option(
            names = "--models",
            paramLabel = "SOURCE",
            description = "The models to write into retort.toml: sql:FILE, java:CLASS or url:URL.")
    String models;

    @Option(
            names = "--autogenerate",
            description = "Then generate the first revision from the models and apply it (needs --models).")
    boolean autogenerate;

    @Option(
            names = {"-m", "--message"},
            paramLabel = "MESSAGE",
            defaultValue = "initial schema",
            description = "The message of the first revision with --autogenerate. Default: ${DEFAULT-VALUE}.")
    String message;

    @Override
    int run(Console console) {
        if (autogenerate && models == null) {
            throw new UsageException(
                    "init --autogenerate needs the models to generate from",
                    "pass --models sql:schema.sql (or java:CLASS, url:URL)");
        }
        Path configFile = ProjectConfig.locate(root.config, root.invocation().environment());
        Path location = Path.of(directory).toAbsolutePath().normalize();
        if (Files.exists(configFile)) {
            throw new RetortException(
                    ErrorCode.ALREADY_EXISTS,
                    ProjectConfig.display(configFile) + " already exists; nothing was created",
                    "edit it to point script_location at your migrations, or remove it to start over");
        }
        boolean locationExisted = Files.exists(location);
        Retort.init(location);
        String url = root.url != null ? root.url : DEFAULT_URL;
        writeConfig(configFile, location, url, models);
        if (autogenerate) {
            return firstRevision(console, configFile, location, locationExisted);
        }
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("config", ProjectConfig.display(configFile));
            json.put("script_location", ProjectConfig.display(location));
            json.put("url", url);
            console.resultJson(json);
            return 0;
        }
        console.result("Creating directory " + ProjectConfig.display(location) + " ... done");
        console.result("Creating directory " + ProjectConfig.display(location.resolve("versions")) + " ... done");
        console.result("Generating " + ProjectConfig.display(location.resolve("script.sql.template")) + " ... done");
        console.result("Generating " + ProjectConfig.display(location.resolve("script.java.template")) + " ... done");
        console.result("Generating " + ProjectConfig.display(configFile) + " ... done");
        console.result("Please check the database URL in " + ProjectConfig.display(configFile) + " (now " + url
                + ") before proceeding.");
        return 0;
    }

    /**
     * Generates the first revision from the models and applies it. When generating fails, what init
     * made is removed again, so the same command can simply be run again.
     */
    private int firstRevision(Console console, Path configFile, Path location, boolean locationExisted) {
        console.progress("Generating " + ProjectConfig.display(configFile) + " and " + ProjectConfig.display(location)
                + " ... done");
        Retort retort = project().retort(root.dialect, new ProgressListener(console));
        AutogenerateResult generated;
        try {
            generated = retort.autogenerate(NewRevisionRequest.withMessage(message));
        } catch (RuntimeException e) {
            Removal.of(configFile, locationExisted ? null : location);
            throw e;
        }
        SchemaChanges.report(console, generated.comparison(), "Detected ", "No tables in the models yet.");
        RevisionCommand.report(console, generated.revision());
        UpgradeCommand.report(console, retort.upgrade("head"), "upgrade");
        return 0;
    }

    private static void writeConfig(Path configFile, Path location, String url, String models) {
        Path base = configFile.getParent();
        String relative = base.relativize(location).toString().replace('\\', '/');
        String text = "# Retort configuration. Paths are relative to this file.\n"
                + "# --url, then DATABASE_URL, override url; --env NAME picks an [env.NAME] section.\n"
                + "script_location = " + quoted(relative.isEmpty() ? "." : relative) + "\n"
                + "url = " + quoted(url) + "\n"
                + "format = \"sql\"                      # or \"java\": the language of new revisions\n"
                + "# script_package = \"com.example.migrations\"   # Java migrations compiled into the application\n"
                + "# version_table = \"retort_version\"   # \"alembic_version\" takes over an Alembic database\n"
                + "# history_table = \"retort_history\"\n"
                + (models == null
                        ? "# models = \"sql:schema.sql\"          # for check, diff and revision --autogenerate\n"
                        : "models = " + quoted(models) + "   # for check, diff and revision --autogenerate\n")
                + "# exclude_tables = [\"audit_*\"]       # tables autogenerate leaves alone\n"
                + "\n"
                + "# [env.test]\n"
                + "# url = \"postgresql://localhost/app_test\"\n";
        try {
            Files.createDirectories(base);
            Files.writeString(configFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new RetortException(
                    ErrorCode.IO,
                    "could not write " + ProjectConfig.display(configFile) + ": " + e.getMessage(),
                    "check the folder's permissions",
                    e);
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
