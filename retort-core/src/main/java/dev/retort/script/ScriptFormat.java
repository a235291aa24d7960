package dev.retort.script;

import java.util.Locale;
import java.util.Optional;

/** The languages a revision script can be written in. */
public enum ScriptFormat {
    /** SQL with a {@code -- key: value} header and {@code -- migrate:} sections. */
    SQL("sql"),
    /**
     * A Java class implementing {@code dev.retort.ops.Migration} and carrying
     * {@code @dev.retort.ops.Revision}; compiled by Retort on first use.
     */
    JAVA("java");

    private final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format whose name or extension is {@code name}, ignoring case. */
    public static Optional<ScriptFormat> named(String name) {
        for (ScriptFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a file, judged by its extension. */
    static Optional<ScriptFormat> ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(fileName.substring(dot + 1));
    }
}
