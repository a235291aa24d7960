package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts shaped like real schema dumps (pagila, sakila, a SQLite app schema), one per database style. */
class RealisticScriptTest {
    private static List<String> firstLines(List<Statement> statements) {
        return statements.stream()
                .map(s -> s.text().lines().findFirst().orElseThrow())
                .toList();
    }

    @Test
    void pagilaStyleFunctionsAndTrigger() {
        String lastUpdated = """
                CREATE FUNCTION public.last_updated() RETURNS trigger
                    LANGUAGE plpgsql
                    AS $$
                BEGIN
                    NEW.last_update = CURRENT_TIMESTAMP;
                    RETURN NEW;
                END $$""";
        String script = "--\n-- Name: last_updated(); Type: FUNCTION; Schema: public\n--\n\n" + lastUpdated + """
                ;

                CREATE TABLE public.actor (
                    actor_id integer DEFAULT nextval('public.actor_actor_id_seq'::regclass) NOT NULL,
                    first_name text NOT NULL,
                    last_name text NOT NULL,
                    last_update timestamp with time zone DEFAULT now() NOT NULL
                );

                CREATE TRIGGER last_updated BEFORE UPDATE ON public.actor FOR EACH ROW EXECUTE FUNCTION public.last_updated();

                CREATE FUNCTION public._group_concat(text, text) RETURNS text
                    LANGUAGE sql IMMUTABLE
                    AS $_$
                SELECT CASE
                  WHEN $2 IS NULL THEN $1
                  WHEN $1 IS NULL THEN $2
                  ELSE $1 || ', ' || $2
                END
                $_$;

                COMMENT ON TABLE public.actor IS E'Actors; one row per person.\\nIt''s \\'quoted\\'';
                /* nested /* comment; */ still; */
                CREATE FUNCTION public.film_in_stock(p_film_id integer, p_store_id integer, OUT p_film_count integer)
                    RETURNS SETOF integer
                    LANGUAGE sql
                    BEGIN ATOMIC
                     SELECT inventory_id FROM inventory WHERE film_id = p_film_id AND store_id = p_store_id;
                    END;
                """;
        List<Statement> statements = new StatementSplitter(POSTGRES).split(script, 101);
        assertEquals(
                List.of(
                        "CREATE FUNCTION public.last_updated() RETURNS trigger",
                        "CREATE TABLE public.actor (",
                        "CREATE TRIGGER last_updated BEFORE UPDATE ON public.actor FOR EACH ROW"
                                + " EXECUTE FUNCTION public.last_updated()",
                        "CREATE FUNCTION public._group_concat(text, text) RETURNS text",
                        "COMMENT ON TABLE public.actor IS E'Actors; one row per person.\\nIt''s \\'quoted\\''",
                        "CREATE FUNCTION public.film_in_stock(p_film_id integer, p_store_id integer,"
                                + " OUT p_film_count integer)"),
                firstLines(statements));
        assertEquals(lastUpdated, statements.get(0).text());
        assertEquals(
                List.of(105, 113, 120, 122, 132, 134),
                statements.stream().map(Statement::line).toList());
        assertEquals(
                "    END", statements.get(5).text().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void sakilaStyleTriggersWithDelimiter() {
        String script = """
                --
                -- Sakila-like schema, trimmed
                --
                SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0;
                /*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='TRADITIONAL' */;

                CREATE TABLE `film_text` (
                  `film_id` SMALLINT NOT NULL,
                  `title` VARCHAR(255) NOT NULL,
                  `description` TEXT,
                  PRIMARY KEY (`film_id`),
                  FULLTEXT KEY `idx_title_description` (`title`,`description`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

                DELIMITER ;;
                CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
                    INSERT INTO film_text (film_id, title, description)
                        VALUES (new.film_id, new.title, new.description);
                  END;;

                CREATE TRIGGER `upd_film` AFTER UPDATE ON `film` FOR EACH ROW BEGIN
                    IF (old.title != new.title) OR (old.description != new.description) OR (old.film_id != new.film_id)
                    THEN
                        UPDATE film_text
                            SET title=new.title,
                                description=new.description,
                                film_id=new.film_id
                        WHERE film_id=old.film_id;
                    END IF;
                  END;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `customer_create_date` BEFORE INSERT ON `customer` FOR EACH ROW SET NEW.create_date = NOW() */;;
                DELIMITER ;

                DELIMITER //
                CREATE PROCEDURE rewards_report (
                    IN min_monthly_purchases TINYINT UNSIGNED
                    , OUT count_rewardees INT
                )
                    READS SQL DATA
                    COMMENT 'Provides a customizable report on best customers; see docs'
                proc: BEGIN
                    DECLARE last_month_start DATE;
                    IF min_monthly_purchases = 0 THEN
                        SELECT 'Minimum monthly purchases parameter must be > 0';
                        LEAVE proc;
                    END IF;
                    SET last_month_start = DATE_SUB(CURRENT_DATE(), INTERVAL 1 MONTH);
                END //
                DELIMITER ;
                # done
                SELECT "it\\"s; done" AS `status`;
                """;
        List<Statement> statements = new StatementSplitter(MYSQL).split(script);
        assertEquals(
                List.of(
                        "SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0",
                        "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='TRADITIONAL' */",
                        "CREATE TABLE `film_text` (",
                        "CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN",
                        "CREATE TRIGGER `upd_film` AFTER UPDATE ON `film` FOR EACH ROW BEGIN",
                        "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER"
                                + " `customer_create_date` BEFORE INSERT ON `customer` FOR EACH ROW"
                                + " SET NEW.create_date = NOW() */",
                        "CREATE PROCEDURE rewards_report (",
                        "SELECT \"it\\\"s; done\" AS `status`"),
                firstLines(statements));
        assertEquals(
                List.of(";", ";", ";", ";;", ";;", ";;", "//", ";"),
                statements.stream().map(Statement::delimiter).toList());
        assertEquals(
                List.of(4, 5, 7, 16, 21, 31, 35, 51),
                statements.stream().map(Statement::line).toList());
        assertEquals(
                "  END", statements.get(4).text().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("END", statements.get(6).text().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void sqliteSchemaWithTrigger() {
        String trigger = """
                CREATE TEMP TRIGGER IF NOT EXISTS order_items_ai AFTER INSERT ON [order items]
                FOR EACH ROW
                WHEN NEW.qty > 10
                BEGIN
                  UPDATE stock SET level = level - NEW.qty,
                    status = CASE WHEN level - NEW.qty < 0 THEN 'short; reorder' ELSE 'ok' END
                  WHERE item = NEW.id;
                  SELECT RAISE(ABORT, 'too many') WHERE NEW.qty > 1000;
                END""";
        String script = "PRAGMA foreign_keys = ON;\n"
                + "CREATE TABLE [order items] (\n"
                + "  id INTEGER PRIMARY KEY,\n"
                + "  `order` INTEGER NOT NULL, -- the order; see below\n"
                + "  qty INTEGER CHECK (qty > 0)\n"
                + ");\n"
                + trigger
                + ";\nBEGIN TRANSACTION;\nINSERT INTO [order items] VALUES (1, 1, 2);\nCOMMIT;\n";
        List<Statement> statements = new StatementSplitter(SQLITE).split(script);
        assertEquals(
                List.of(
                        "PRAGMA foreign_keys = ON",
                        "CREATE TABLE [order items] (\n  id INTEGER PRIMARY KEY,\n"
                                + "  `order` INTEGER NOT NULL, -- the order; see below\n"
                                + "  qty INTEGER CHECK (qty > 0)\n)",
                        trigger,
                        "BEGIN TRANSACTION",
                        "INSERT INTO [order items] VALUES (1, 1, 2)",
                        "COMMIT"),
                statements.stream().map(Statement::text).toList());
        assertEquals(
                List.of(1, 2, 7, 16, 17, 18),
                statements.stream().map(Statement::line).toList());
    }
}
