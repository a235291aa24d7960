package dev.retort.ops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision metadata of a Java migration: what an SQL script says in its header. Retort reads
 * it from the source without compiling (so the graph is known at once), and from the class when
 * the script is compiled into an application. Values must be literals.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id: letters, digits and underscores. */
    String id();

    /** The revisions this one revises; none for a base, two or more for a merge. */
    String[] revises() default {};

    /** Branch labels declared here. */
    String[] branchLabels() default {};

    /** Revisions or branch labels of other branches this one needs. */
    String[] dependsOn() default {};

    /**
     * For a baseline written by {@code retort squash}: the ids of the revisions it replaced, oldest
     * first. Its recorded checksum is not compared, since databases that ran the replaced script
     * record that script's. Default: none.
     */
    String[] squashes() default {};

    /** One line saying what the revision does. */
    String message() default "";

    /** When the revision was created (UTC, {@code yyyy-MM-dd HH:mm:ss}). */
    String created() default "";

    /** False to run outside a transaction (for example PostgreSQL's {@code CREATE INDEX CONCURRENTLY}). */
    boolean transactional() default true;
}
