/**
 * Autogenerate: what differs between the database and the models, and the script sections that
 * turn one into the other, in SQL or Java. Internal: no compatibility promise.
 */
package dev.retort.autogen;
