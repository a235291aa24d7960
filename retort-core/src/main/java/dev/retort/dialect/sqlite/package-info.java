/** SQLite: everything Retort does differently on it. Internal: no compatibility promise. */
package dev.retort.dialect.sqlite;
