package dev.retort.testkit;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Names fresh databases {@code rt_<owner>_<random>}: lowercase letters, digits and underscores,
 * at most 52 characters, under PostgreSQL's 63 and MariaDB's 64. Thread-safe if its random
 * generator is.
 */
final class DatabaseNames {
    static final int MAX_OWNER_LENGTH = 40;
    static final int SUFFIX_LENGTH = 8;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final RandomGenerator random;

    DatabaseNames(RandomGenerator random) {
        this.random = random;
    }

    /** A new name for a database of {@code owner}, e.g. {@code rt_postgres_dialect_it_k3v9x0qa}. */
    String next(String owner) {
        StringBuilder name = new StringBuilder("rt_").append(ownerPart(owner)).append('_');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    /** {@code PostgresDialectIT} becomes {@code postgres_dialect_it}, cut to 40 characters. */
    static String ownerPart(String owner) {
        String snake = owner.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        String cut = snake.length() > MAX_OWNER_LENGTH ? snake.substring(0, MAX_OWNER_LENGTH) : snake;
        String trimmed = cut.replaceAll("^_+|_+$", "");
        return trimmed.isEmpty() ? "test" : trimmed;
    }
}
