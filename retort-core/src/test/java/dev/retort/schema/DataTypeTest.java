package dev.retort.schema;

import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Column collations as the schema DSL takes them: on text types only, and part of the type's identity. */
class DataTypeTest {
    @Test
    void aCollationIsPartOfTheType() {
        assertEquals("C", varchar(100).collate(" C ").collation());
        assertNotEquals(varchar(100), varchar(100).collate("C"));
        assertEquals(varchar(100), varchar(100).collate("C").withDefaultCollation());
    }

    @Test
    void aTypeWithoutCollationsRefusesOne() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> integer().collate("C"));

        assertTrue(refused.getMessage().contains("INTEGER column has no collation"), refused.getMessage());
    }

    @Test
    void aBlankCollationIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> text().collate(" "));

        assertEquals("a collation needs its name", refused.getMessage());
    }
}
