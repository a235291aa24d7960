package dev.retort.dialect;

import java.util.Properties;

/**
 * What the JDBC driver is given to connect: its URL and properties (user, password, options).
 * The URL never holds the password; the properties do.
 *
 * @param url the JDBC URL
 * @param properties connection properties
 */
public record JdbcTarget(String url, Properties properties) {}
