package dev.retort.schema;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
    /** Refuse, checked at the end of the statement (the default). */
    NO_ACTION("NO ACTION"),
    /** Refuse at once. */
    RESTRICT("RESTRICT"),
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL writes it. */
    public String sql() {
        return sql;
    }
}
