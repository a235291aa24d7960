package dev.retort.script.sql;

/**
 * The lexical rules of one SQL dialect that decide where a statement ends, supplied by a dialect to
 * a {@link StatementSplitter}. With every flag off ({@link #standard()}) the rules are standard
 * SQL: {@code '...'} strings with {@code ''} doubling, {@code "..."} identifiers with {@code ""}
 * doubling, {@code --} line comments, block comments that do not nest, and {@code ;} ends every
 * statement. Immutable.
 *
 * <pre>{@code
 * SplitterSyntax syntax = SplitterSyntax.builder().dollarQuotes(true).nestedBlockComments(true).build();
 * }</pre>
 *
 * @param dollarQuotes {@code $$...$$} and {@code $tag$...$tag$} enclose text that is never split; a
 *     tag is a letter or underscore followed by letters, digits or underscores, so {@code $1} is a
 *     parameter, not a quote. Default: off.
 * @param backslashEscapes a backslash escapes the next character inside {@code '...'} and {@code
 *     "..."} text, so {@code 'it\'s'} is one string (dialects with this rule read {@code "..."} as a
 *     string too); backtick and bracket identifiers are unaffected. Default: off.
 * @param escapeStringPrefix {@code E'...'} and {@code e'...'} strings take backslash escapes even
 *     when {@code backslashEscapes} is off. Default: off.
 * @param delimiterCommand a statement whose first word is {@code DELIMITER} is a client command,
 *     not SQL: the one word after it on its line becomes the terminator until the next such line,
 *     and the line yields no statement. Default: off.
 * @param backtickIdentifiers {@code `...`} quotes an identifier, with {@code ``} doubling. Default:
 *     off.
 * @param bracketIdentifiers {@code [...]} quotes an identifier that ends at the first {@code ]}.
 *     Default: off.
 * @param nestedBlockComments block comments nest, so <code>/* /* a *&#47; b *&#47;</code> is one
 *     comment. Default: off.
 * @param hashComments {@code #} starts a comment that runs to the end of its line. Default: off.
 * @param dashCommentNeedsSpace {@code --} starts a comment only when whitespace, a control character
 *     or the end of the text follows it; otherwise it is two minus signs. Default: off.
 * @param compoundBlocks in a {@code CREATE} of a trigger, procedure, function or event, a {@code ;}
 *     inside {@code BEGIN ... END}, {@code CASE ... END [CASE]}, or a statement-level {@code IF},
 *     {@code LOOP}, {@code WHILE}, {@code REPEAT} or {@code FOR} block up to its {@code END IF} (and
 *     so on) does not end the statement. Applies only while the terminator is {@code ;}: a custom
 *     {@code DELIMITER} always ends a statement, as the command-line client that defines it does.
 *     Default: off.
 * @param executableComments <code>/*!...*&#47;</code> and <code>/*M!...*&#47;</code> are statement
 *     content rather than comments, so a statement made only of one is kept. Default: off.
 */
public record SplitterSyntax(
        boolean dollarQuotes,
        boolean backslashEscapes,
        boolean escapeStringPrefix,
        boolean delimiterCommand,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean nestedBlockComments,
        boolean hashComments,
        boolean dashCommentNeedsSpace,
        boolean compoundBlocks,
        boolean executableComments) {

    /** Plain standard SQL: every flag off. */
    public static SplitterSyntax standard() {
        return builder().build();
    }

    /** A builder with every flag off. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this syntax's flags. */
    public Builder toBuilder() {
        return new Builder()
                .dollarQuotes(dollarQuotes)
                .backslashEscapes(backslashEscapes)
                .escapeStringPrefix(escapeStringPrefix)
                .delimiterCommand(delimiterCommand)
                .backtickIdentifiers(backtickIdentifiers)
                .bracketIdentifiers(bracketIdentifiers)
                .nestedBlockComments(nestedBlockComments)
                .hashComments(hashComments)
                .dashCommentNeedsSpace(dashCommentNeedsSpace)
                .compoundBlocks(compoundBlocks)
                .executableComments(executableComments);
    }

    /** Sets the flags of a {@link SplitterSyntax} one by one; each starts off. One thread at a time. */
    public static final class Builder {
        private boolean dollarQuotes;
        private boolean backslashEscapes;
        private boolean escapeStringPrefix;
        private boolean delimiterCommand;
        private boolean backtickIdentifiers;
        private boolean bracketIdentifiers;
        private boolean nestedBlockComments;
        private boolean hashComments;
        private boolean dashCommentNeedsSpace;
        private boolean compoundBlocks;
        private boolean executableComments;

        private Builder() {}

        /** See {@link SplitterSyntax#dollarQuotes()}. */
        public Builder dollarQuotes(boolean enabled) {
            dollarQuotes = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#backslashEscapes()}. */
        public Builder backslashEscapes(boolean enabled) {
            backslashEscapes = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#escapeStringPrefix()}. */
        public Builder escapeStringPrefix(boolean enabled) {
            escapeStringPrefix = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#delimiterCommand()}. */
        public Builder delimiterCommand(boolean enabled) {
            delimiterCommand = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#backtickIdentifiers()}. */
        public Builder backtickIdentifiers(boolean enabled) {
            backtickIdentifiers = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#bracketIdentifiers()}. */
        public Builder bracketIdentifiers(boolean enabled) {
            bracketIdentifiers = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#nestedBlockComments()}. */
        public Builder nestedBlockComments(boolean enabled) {
            nestedBlockComments = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#hashComments()}. */
        public Builder hashComments(boolean enabled) {
            hashComments = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#dashCommentNeedsSpace()}. */
        public Builder dashCommentNeedsSpace(boolean enabled) {
            dashCommentNeedsSpace = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#compoundBlocks()}. */
        public Builder compoundBlocks(boolean enabled) {
            compoundBlocks = enabled;
            return this;
        }

        /** See {@link SplitterSyntax#executableComments()}. */
        public Builder executableComments(boolean enabled) {
            executableComments = enabled;
            return this;
        }

        /** The syntax with the flags set so far. */
        public SplitterSyntax build() {
            return new SplitterSyntax(
                    dollarQuotes,
                    backslashEscapes,
                    escapeStringPrefix,
                    delimiterCommand,
                    backtickIdentifiers,
                    bracketIdentifiers,
                    nestedBlockComments,
                    hashComments,
                    dashCommentNeedsSpace,
                    compoundBlocks,
                    executableComments);
        }
    }
}
