package dev.retort.dialect;

/**
 * An object of the current schema other than a table that migrations may make — a view, sequence,
 * type, domain or routine — and the statement that drops it, for {@code retort reset}.
 *
 * @param kind what it is, in the database's words (e.g. {@code view}, {@code sequence})
 * @param name its name as the catalog gives it (a routine's with its argument types)
 * @param dropStatement the statement that drops it, without terminator; harmless when it is gone
 *     already (dropped with something it depended on)
 */
public record SchemaObject(String kind, String name, String dropStatement) {
    /** {@code kind name}, as reset reports it. */
    public String describe() {
        return kind + " " + name;
    }
}
