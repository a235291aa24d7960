package dev.retort.script;

/** What a script does, in its language: SQL sections, or a Java class. */
public sealed interface ScriptBody permits SqlBody, JavaBody {
    /** Whether the script can be undone. */
    boolean reversible();
}
