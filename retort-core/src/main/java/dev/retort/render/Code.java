package dev.retort.render;

import java.util.List;

/**
 * Java source as a small tree that {@link CodeLayout} breaks over lines: a call with its arguments,
 * a chain of calls, a string literal that may be split, a lambda, a block of statements.
 */
sealed interface Code {
    /** Text written as is, never broken: a name, a number, an already quoted literal. */
    record Text(String text) implements Code {}

    /** A string literal of {@code value}, escaped, split into concatenated pieces when too long. */
    record Str(String value) implements Code {}

    /**
     * {@code name(arguments)}; {@code name} may be qualified ({@code op.createTable},
     * {@code Index.on}, {@code new Table}). With {@code eachOnALine}, the arguments always go one a
     * line (the columns of a table).
     */
    record Call(String name, List<Code> arguments, boolean eachOnALine) implements Code {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code head.call().call()}. */
    record Chain(Code head, List<Call> calls) implements Code {
        public Chain {
            calls = List.copyOf(calls);
        }
    }

    /** {@code parameter -> body}. */
    record Lambda(String parameter, Code body) implements Code {}

    /** Statements in braces, each ended by a semicolon; only at statement level. */
    record Block(List<Code> statements) implements Code {
        public Block {
            statements = List.copyOf(statements);
        }
    }

    static Code text(String text) {
        return new Text(text);
    }

    static Code string(String value) {
        return new Str(value);
    }

    static Call call(String name, List<Code> arguments) {
        return new Call(name, arguments, false);
    }

    static Call call(String name, Code... arguments) {
        return new Call(name, List.of(arguments), false);
    }

    /** {@code head} followed by {@code calls}, or {@code head} alone when there are none. */
    static Code chain(Code head, List<Call> calls) {
        return calls.isEmpty() ? head : new Chain(head, calls);
    }
}
