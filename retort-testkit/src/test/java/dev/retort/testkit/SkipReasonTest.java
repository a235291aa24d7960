package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkipReasonTest {
    @Test
    void theSummaryReadsBackWhatTheExtensionWrote() {
        String text = SkipReason.format(
                DatabaseKind.MARIADB,
                Reachability.unreachable("nothing listening on 127.0.0.1:3306", "start it with `mariadbd`"));
        assertEquals(
                "retort-testkit: MariaDB unreachable: nothing listening on 127.0.0.1:3306\nhint: start it with `mariadbd`",
                text);
        assertEquals(
                Optional.of(new SkipReason(DatabaseKind.MARIADB, "nothing listening on 127.0.0.1:3306")),
                SkipReason.parse(text));
    }

    @Test
    void otherSkipsAreNotCounted() {
        assertEquals(Optional.empty(), SkipReason.parse("@Disabled"));
        assertEquals(Optional.empty(), SkipReason.parse("retort-testkit: something else"));
    }

    @Test
    void theSummaryHasOneLinePerKind() {
        SkipSummary summary = new SkipSummary();
        summary.add(new SkipReason(DatabaseKind.POSTGRES, "nothing listening on 127.0.0.1:5432"), 30);
        summary.add(new SkipReason(DatabaseKind.MARIADB, "nothing listening on 127.0.0.1:3306"), 1);
        summary.add(new SkipReason(DatabaseKind.POSTGRES, "nothing listening on 127.0.0.1:5432"), 8);
        assertEquals(
                List.of(
                        "retort-testkit: skipped 38 PostgreSQL tests: nothing listening on 127.0.0.1:5432",
                        "retort-testkit: skipped 1 MariaDB test: nothing listening on 127.0.0.1:3306"),
                summary.lines());
        summary.clear();
        assertEquals(List.of(), summary.lines());
    }
}
