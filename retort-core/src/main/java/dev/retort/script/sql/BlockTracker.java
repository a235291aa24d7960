package dev.retort.script.sql;

import static dev.retort.script.sql.Keyword.AGGREGATE;
import static dev.retort.script.sql.Keyword.ATOMIC;
import static dev.retort.script.sql.Keyword.BEGIN;
import static dev.retort.script.sql.Keyword.CONSTRAINT;
import static dev.retort.script.sql.Keyword.CREATE;
import static dev.retort.script.sql.Keyword.DEFINER;
import static dev.retort.script.sql.Keyword.DO;
import static dev.retort.script.sql.Keyword.ELSE;
import static dev.retort.script.sql.Keyword.END;
import static dev.retort.script.sql.Keyword.EVENT;
import static dev.retort.script.sql.Keyword.FOR;
import static dev.retort.script.sql.Keyword.FUNCTION;
import static dev.retort.script.sql.Keyword.IF;
import static dev.retort.script.sql.Keyword.LOOP;
import static dev.retort.script.sql.Keyword.OR;
import static dev.retort.script.sql.Keyword.PROCEDURE;
import static dev.retort.script.sql.Keyword.REPEAT;
import static dev.retort.script.sql.Keyword.REPLACE;
import static dev.retort.script.sql.Keyword.ROW;
import static dev.retort.script.sql.Keyword.TEMP;
import static dev.retort.script.sql.Keyword.TEMPORARY;
import static dev.retort.script.sql.Keyword.THEN;
import static dev.retort.script.sql.Keyword.TRIGGER;
import static dev.retort.script.sql.Keyword.WHILE;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Follows the compound blocks of one statement, token by token, to tell whether a {@code ;} is
 * inside one. Only the body of a {@code CREATE} of a trigger, procedure, function or event is
 * followed, so {@code BEGIN;} on its own or a column named {@code end} never opens a block. One
 * statement at a time; {@link #reset} between statements.
 */
final class BlockTracker {
    private enum Phase {
        FIRST_TOKEN,
        CREATE_HEADER,
        ROUTINE,
        NOT_A_ROUTINE
    }

    // EnumSet, unlike Set.of, answers contains(null) (any other word) with false.
    private static final Set<Keyword> ROUTINE_KINDS = EnumSet.of(TRIGGER, PROCEDURE, FUNCTION, EVENT);
    private static final Set<Keyword> HEADER_MODIFIERS =
            EnumSet.of(OR, REPLACE, TEMP, TEMPORARY, AGGREGATE, CONSTRAINT, DEFINER);
    /** Keywords after which the next word starts a statement inside a routine body. */
    private static final Set<Keyword> STATEMENT_LEADERS = EnumSet.of(BEGIN, ATOMIC, THEN, ELSE, DO, LOOP, REPEAT, ROW);
    /**
     * Keywords that open a block only where a statement starts: elsewhere they are functions or
     * clauses, as in {@code IF(a, b, c)}, {@code DROP TABLE IF EXISTS} or {@code REPEAT('x', 3)}.
     */
    private static final Set<Keyword> STATEMENT_BLOCKS = EnumSet.of(IF, LOOP, WHILE, REPEAT, FOR);

    private final Deque<OpenBlock> open = new ArrayDeque<>();
    private boolean enabled;
    private Phase phase = Phase.FIRST_TOKEN;
    private Keyword previousKeyword;
    private char previousSymbol;

    /** Starts a new statement; when not {@code enabled}, nothing is followed and no block opens. */
    void reset(boolean enabled) {
        this.enabled = enabled;
        open.clear();
        phase = Phase.FIRST_TOKEN;
        previousKeyword = null;
        previousSymbol = 0;
    }

    boolean isOpen() {
        return !open.isEmpty();
    }

    /** The block opened first and still open; call only when {@link #isOpen()}. */
    OpenBlock outermost() {
        return open.getLast();
    }

    /** An unquoted word spanning {@code text[start..end)}. */
    void word(String text, int start, int end) {
        if (!enabled || phase == Phase.NOT_A_ROUTINE) {
            return;
        }
        Keyword keyword = Keyword.find(text, start, end);
        switch (phase) {
            case FIRST_TOKEN -> phase = keyword == CREATE ? Phase.CREATE_HEADER : Phase.NOT_A_ROUTINE;
            case CREATE_HEADER -> phase = headerPhaseAfter(keyword);
            default -> follow(keyword, start);
        }
        previousKeyword = keyword;
        previousSymbol = 0;
    }

    /** A one-character symbol such as {@code ;}, {@code =} or {@code (}. */
    void symbol(char c) {
        other();
        previousSymbol = c;
    }

    /** Any other token: quoted text, a number, an executable comment. */
    void other() {
        if (phase == Phase.FIRST_TOKEN) {
            phase = Phase.NOT_A_ROUTINE;
        }
        previousKeyword = null;
        previousSymbol = 0;
    }

    private Phase headerPhaseAfter(Keyword keyword) {
        if (ROUTINE_KINDS.contains(keyword)) {
            return Phase.ROUTINE;
        }
        // A word right after '=' or '@' is the user of a DEFINER = user@host clause.
        boolean isHeaderWord = HEADER_MODIFIERS.contains(keyword) || previousSymbol == '=' || previousSymbol == '@';
        return isHeaderWord ? Phase.CREATE_HEADER : Phase.NOT_A_ROUTINE;
    }

    private void follow(Keyword keyword, int offset) {
        if (keyword == null) {
            return;
        }
        boolean startsStatement = startsStatement();
        if (keyword == BEGIN) {
            open.push(new OpenBlock(BEGIN, false, offset));
        } else if (keyword == Keyword.CASE && previousKeyword != END) {
            open.push(new OpenBlock(Keyword.CASE, !startsStatement, offset));
        } else if (STATEMENT_BLOCKS.contains(keyword) && startsStatement) {
            open.push(new OpenBlock(keyword, false, offset));
        } else if (keyword == END) {
            open.poll();
        }
    }

    private boolean startsStatement() {
        boolean afterLeader =
                previousSymbol == ';' || previousSymbol == ':' || STATEMENT_LEADERS.contains(previousKeyword);
        OpenBlock innermost = open.peek();
        return afterLeader && (innermost == null || !innermost.isExpression());
    }
}
