package dev.retort.models;

import dev.retort.dialect.SchemaSnapshot;
import dev.retort.schema.Schema;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Models as a Java class of the schema DSL: a class on the configured class path ({@code models =
 * "java:com.example.AppModels"}) or a source file compiled in-process ({@code models =
 * "java:models/AppModels.java"}, relative to the configuration file): its domains, sequences, tables and indexes are created in a scratch schema, in the order autogenerate would create them, and
 * read back, so they compare with the database in its own words. Immutable.
 */
final class JavaModels implements ModelSource {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    /** A class name, or the path of a {@code .java} file. */
    private final String setting;

    JavaModels(String setting) {
        this.setting = setting;
    }

    @Override
    public SchemaSnapshot read(ModelContext context) {
        Schema declared = isSourceFile()
                ? instance(className(context.resolve(setting)), context.compile(context.resolve(setting)))
                        .schema()
                : instance(setting, context.classLoader()).schema();
        return context.reflectSchema(setting, declared);
    }

    private boolean isSourceFile() {
        return setting.endsWith(".java");
    }

    /** The binary name of the public class of {@code source}: its package and its file name. */
    private static String className(Path source) {
        String simple = source.getFileName().toString().replaceFirst("\\.java$", "");
        try {
            Matcher declaration = PACKAGE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            return declaration.find() ? declaration.group(1) + "." + simple : simple;
        } catch (IOException e) {
            throw new ModelException(
                    "cannot read the models class file " + source + ": " + e.getMessage(), "check the file", e);
        }
    }

    private static Models instance(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelException(
                    "the models class '" + className + "' is not on the class path",
                    "compile it into the application whose class path Retort runs with, or use models ="
                            + " \"sql:schema.sql\"",
                    e);
        }
        if (!Models.class.isAssignableFrom(type)) {
            throw new ModelException(
                    "the models class '" + className + "' does not implement " + Models.class.getName(),
                    "declare it as `public final class " + type.getSimpleName() + " implements Models`",
                    null);
        }
        try {
            return (Models) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new ModelException(
                    "the models class '" + className + "' has no public no-argument constructor",
                    "add `public " + type.getSimpleName() + "() {}`",
                    e);
        } catch (InvocationTargetException e) {
            throw new ModelException(
                    "the models class '" + className + "' failed while being made: " + e.getCause(),
                    "fix its constructor; run with --verbose for the stack trace",
                    e.getCause());
        }
    }

    @Override
    public String description() {
        return "java:" + setting;
    }
}
