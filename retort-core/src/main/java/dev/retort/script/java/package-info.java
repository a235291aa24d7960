/**
 * Java migrations as classes: compiling the {@code .java} scripts of {@code versions/} in process
 * (javax.tools) into a content-hashed cache, loading and instantiating them, and finding migration
 * classes compiled into the application by package. Internal: no compatibility promise.
 */
package dev.retort.script.java;
