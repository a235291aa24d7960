/**
 * Model sources: where autogenerate finds the schema the project wants, as a {@code sql:} file of
 * DDL, a {@code java:} class of the schema DSL, or a {@code url:} of another live database. Every
 * source is built in a scratch schema of the project's own database kind and read back, so models and
 * database are compared in that database's own words. Public API (SPI): {@link
 * dev.retort.models.ModelSource}, {@link dev.retort.models.ModelContext}, {@link
 * dev.retort.models.Models}.
 */
package dev.retort.models;
