package dev.retort.testkit;

/**
 * Makes and removes the databases of one kind for a whole test run. Implementations are
 * thread-safe; closing one releases what it holds for the run (an admin connection, a folder).
 */
interface Provisioner extends AutoCloseable {
    DatabaseKind kind();

    /** Whether databases can be made; asked once, then remembered for the run. */
    Reachability reachability();

    /** Makes a new empty database named after {@code owner}, usually the test class. */
    TestDatabase create(String owner);

    /** Removes {@code database}, ending connections still open to it. */
    void drop(TestDatabase database);

    /** How many connections are open to {@code database}, not counting the kit's own. */
    int openConnections(TestDatabase database);

    @Override
    void close();
}
