/** The {@code retort} command line: one picocli class per subcommand. Internal: no compatibility promise. */
package dev.retort.cli;
