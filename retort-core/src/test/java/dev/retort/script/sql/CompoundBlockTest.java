package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.SQLITE;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundBlockTest {
    @Test
    void triggerBodyWithCaseExpressionsStaysWhole() {
        String trigger = """
                CREATE TRIGGER orders_audit AFTER UPDATE ON orders
                FOR EACH ROW
                WHEN NEW.status <> OLD.status
                BEGIN
                  INSERT INTO audit(order_id, note)
                    VALUES (NEW.id, CASE WHEN NEW.status = 'paid' THEN 'paid; thanks' ELSE 'changed' END);
                  UPDATE orders SET touched = CASE NEW.status WHEN 'x' THEN 1 ELSE 0 END WHERE id = NEW.id;
                END""";
        assertEquals(List.of(trigger, "SELECT 1"), texts(SQLITE, trigger + ";\nSELECT 1;"));
    }

    @Test
    void caseInTheWhenClauseBeforeTheBody() {
        String trigger =
                "CREATE TRIGGER t AFTER INSERT ON x WHEN CASE WHEN NEW.a THEN 1 END = 1 BEGIN DELETE FROM y; END";
        assertEquals(List.of(trigger, "SELECT 1"), texts(SQLITE, trigger + "; SELECT 1;"));
    }

    @Test
    void plainBeginIsATransactionNotABlock() {
        assertEquals(
                List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"),
                texts(SQLITE, "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;"));
        assertEquals(
                List.of("BEGIN TRANSACTION", "SELECT 1", "END TRANSACTION"),
                texts(SQLITE, "BEGIN TRANSACTION; SELECT 1; END TRANSACTION;"));
        assertEquals(List.of("BEGIN WORK", "SELECT 1"), texts(MYSQL, "BEGIN WORK; SELECT 1;"));
    }

    @Test
    void keywordsCountOnlyAsWholeWords() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET end_date = NULL, beginning = 1,"
                + " weekend = 0, casey = 2; END";
        assertEquals(List.of(trigger, "SELECT 2"), texts(SQLITE, trigger + "; SELECT 2;"));
    }

    @Test
    void keywordsInStringsIdentifiersAndCommentsDoNotCount() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO log VALUES ('END', \"end\", [begin]);"
                + " -- END\n /* BEGIN */ END";
        assertEquals(List.of(trigger, "SELECT 2"), texts(SQLITE, trigger + "; SELECT 2;"));
    }

    @Test
    void keywordsMatchInAnyCase() {
        String trigger = "create trigger t after insert on x begin delete from y; End";
        assertEquals(List.of(trigger, "select 2"), texts(SQLITE, trigger + "; select 2;"));
    }

    @Test
    void otherCreateStatementsAreNotRoutines() {
        // A column named begin must not open a block in a table definition.
        assertEquals(
                List.of("CREATE TABLE trigger_log (begin INT, id INT)", "SELECT 1"),
                texts(MYSQL, "CREATE TABLE trigger_log (begin INT, id INT); SELECT 1;"));
        assertEquals(
                List.of("CREATE TABLE event (begin INT)", "SELECT 1"),
                texts(MYSQL, "CREATE TABLE event (begin INT); SELECT 1;"));
    }

    @Test
    void headerModifiersAndDefinerClauses() {
        List<String> statements = List.of(
                "CREATE DEFINER=`root`@`localhost` TRIGGER a BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.x = 1; END",
                "CREATE DEFINER = admin@localhost PROCEDURE p() BEGIN SELECT 1; END",
                "CREATE DEFINER = CURRENT_USER() FUNCTION f() RETURNS INT BEGIN RETURN 1; END",
                "CREATE OR REPLACE DEFINER='x'@'%' EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; END",
                "CREATE AGGREGATE FUNCTION agg(x INT) RETURNS INT BEGIN RETURN 1; END",
                "SELECT 1");
        assertEquals(statements, texts(MYSQL, String.join(";\n", statements) + ";"));
    }

    @Test
    void sqliteTemporaryTriggerIfNotExists() {
        String trigger =
                "CREATE TEMP TRIGGER IF NOT EXISTS t AFTER DELETE ON x BEGIN DELETE FROM y; DELETE FROM z; END";
        assertEquals(List.of(trigger, "SELECT 1"), texts(SQLITE, trigger + "; SELECT 1;"));
    }

    @Test
    void triggerBodyWithoutBeginEndsAtTheFirstSemicolon() {
        assertEquals(
                List.of("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1", "SELECT 2"),
                texts(MYSQL, "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1; SELECT 2;"));
    }

    @Test
    void triggerBodyThatIsAnIfStatement() {
        String trigger = "CREATE TRIGGER clamp BEFORE INSERT ON t FOR EACH ROW IF NEW.v < 0 THEN SET NEW.v = 0; END IF";
        assertEquals(List.of(trigger, "SELECT 1"), texts(MYSQL, trigger + ";\nSELECT 1;"));
    }

    @Test
    void procedureWithEveryControlStructure() {
        String procedure = """
                CREATE PROCEDURE fill(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; END;
                  DROP TEMPORARY TABLE IF EXISTS tmp;
                  IF n < 0 THEN
                    SET n = 0;
                  ELSEIF n > 100 THEN
                    SET n = 100;
                  ELSE
                    SET n = IF(n = 7, 8, n);
                  END IF;
                  counter: LOOP
                    SET i = i + 1;
                    IF i > n THEN LEAVE counter; END IF;
                  END LOOP counter;
                  WHILE i > 0 DO
                    SET i = i - 1;
                  END WHILE;
                  REPEAT
                    SET i = i + 1;
                  UNTIL i >= 3 END REPEAT;
                  CASE n
                    WHEN 0 THEN SELECT REPEAT('a', 3);
                    ELSE SELECT CASE WHEN n > 1 THEN 'many' ELSE 'one' END;
                  END CASE;
                END""";
        assertEquals(List.of(procedure, "SELECT 1"), texts(MYSQL, procedure + ";\nSELECT 1;"));
    }

    @Test
    void nestedIfAfterElse() {
        String procedure = "CREATE PROCEDURE p(a INT) BEGIN IF a = 1 THEN SELECT 1; ELSE IF a = 2 THEN SELECT 2;"
                + " END IF; END IF; SELECT 3; END";
        assertEquals(List.of(procedure, "SELECT 4"), texts(MYSQL, procedure + "; SELECT 4;"));
    }

    @Test
    void ifFunctionInsideACaseExpressionIsNotABlock() {
        String procedure = "CREATE PROCEDURE p(a INT) BEGIN SET @x = CASE WHEN a THEN IF(a > 1, 1, 2) ELSE 0 END;"
                + " SELECT @x; END";
        assertEquals(List.of(procedure, "SELECT 4"), texts(MYSQL, procedure + "; SELECT 4;"));
    }

    @Test
    void caseStatementNestedInCaseStatement() {
        String procedure = "CREATE PROCEDURE p(a INT) BEGIN CASE a WHEN 1 THEN CASE WHEN a > 0 THEN SELECT 1;"
                + " END CASE; ELSE SELECT 2; END CASE; END";
        assertEquals(List.of(procedure, "SELECT 4"), texts(MYSQL, procedure + "; SELECT 4;"));
    }

    @Test
    void forLoop() {
        String procedure = "CREATE PROCEDURE p() BEGIN FOR i IN 1..3 DO INSERT INTO t VALUES (i); END FOR; END";
        assertEquals(List.of(procedure, "SELECT 4"), texts(MYSQL, procedure + "; SELECT 4;"));
    }

    @Test
    void labelledBlocks() {
        String procedure = "CREATE PROCEDURE p() outer_block: BEGIN inner_block: BEGIN SELECT 1; END inner_block;"
                + " w: WHILE 1 DO LEAVE w; END WHILE w; END outer_block";
        assertEquals(List.of(procedure, "SELECT 4"), texts(MYSQL, procedure + "; SELECT 4;"));
    }

    @Test
    void eventWithoutBeginEndsAtTheFirstSemicolon() {
        assertEquals(
                List.of("CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM t", "SELECT 1"),
                texts(MYSQL, "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM t; SELECT 1;"));
    }

    @Test
    void beginAtomicBodies() {
        String function = """
                CREATE FUNCTION add_one(x int) RETURNS int
                LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN x IS NULL THEN 0 ELSE x + 1 END;
                END""";
        String procedure = "CREATE OR REPLACE PROCEDURE insert_two(a int, b int) LANGUAGE sql"
                + " BEGIN ATOMIC INSERT INTO t VALUES (a); INSERT INTO t VALUES (b); END";
        assertEquals(
                List.of(function, procedure, "SELECT add_one(1)"),
                texts(POSTGRES, function + ";\n" + procedure + ";\nSELECT add_one(1);"));
    }

    @Test
    void constraintTriggerWithoutBody() {
        String trigger = "CREATE CONSTRAINT TRIGGER check_it AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW EXECUTE FUNCTION check_it()";
        assertEquals(List.of(trigger, "SELECT 1"), texts(POSTGRES, trigger + "; SELECT 1;"));
    }

    @Test
    void plpgsqlBodyInsideDollarQuotesNeedsNoBlockTracking() {
        String function = "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN IF NEW.a THEN RETURN NULL; END IF;"
                + " RETURN NEW; END $$ LANGUAGE plpgsql";
        assertEquals(List.of(function, "SELECT 1"), texts(POSTGRES, function + "; SELECT 1;"));
    }
}
