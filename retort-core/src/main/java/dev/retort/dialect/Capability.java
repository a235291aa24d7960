package dev.retort.dialect;

/** Something a database can or cannot do, asked instead of asking which database it is. */
public enum Capability {
    /** DDL statements take part in transactions and roll back with them. */
    TRANSACTIONAL_DDL
}
