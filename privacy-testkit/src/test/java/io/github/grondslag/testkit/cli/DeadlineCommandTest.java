package io.github.grondslag.testkit.cli;

import org.junit.jupiter.api.Test;

import static io.github.grondslag.testkit.cli.PrivacyCommandTest.privacy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code privacy deadline}: due date, latest extension notice, extended due date, each step with its rule. */
class DeadlineCommandTest {

    @Test
    void anEveningEmailOn31JanuaryIsDueOnMonday2MarchWithTheRuleOfEachStep() {
        PrivacyCommandTest.Run run = privacy("deadline", "--received", "2026-01-31T23:30:00Z");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("which is 2026-02-01 in Europe/Amsterdam"), run.out());
        assertTrue(run.out().contains("[Regulation 1182/71 3(4)] 2026-03-01 is a sunday"), run.out());
        assertTrue(run.out().contains("Due date:                         2026-03-02"), run.out());
        assertTrue(run.out().contains("Latest date for an extension notice: 2026-03-02"), run.out());
    }

    @Test
    void anExtensionOfTwoMonthsCountsThreeMonthsFromReceipt() {
        PrivacyCommandTest.Run run = privacy("deadline", "--received", "2024-01-31T10:00:00Z", "--extension", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Extended due date:                2024-04-30"), run.out());
    }

    @Test
    void theVgzPolicyCapsTheExtensionAtOneMonth() {
        PrivacyCommandTest.Run ok = privacy("deadline", "--received", "2026-03-02T09:00:00Z", "--extension", "1",
                "--register", "../docs/registers/vgz-zakelijk.json");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Extended due date:                2026-05-04"), ok.out());
        PrivacyCommandTest.Run refused = privacy("deadline", "--received", "2026-03-02T09:00:00Z", "--extension", "2",
                "--register", "../docs/registers/vgz-zakelijk.json");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("at most 1 further month"), refused.err());
    }

    @Test
    void zorggenootAllowsNoExtension() {
        PrivacyCommandTest.Run refused = privacy("deadline", "--received", "2026-03-02T09:00:00Z", "--extension", "1",
                "--register", "../docs/registers/zorggenoot.json");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("no extension"), refused.err());
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace() {
        for (String[] args : new String[][] {
                {"deadline", "--received", "31-01-2026"},
                {"deadline", "--received", "2026-01-31T10:00:00Z", "--zone", "Mars/Olympus"},
                {"deadline", "--received", "2026-01-31T10:00:00Z", "--extension", "3"},
                {"deadline", "--received", "2026-01-31T10:00:00Z", "--type", "gossip"},
                {"deadline"},
                {"deadline", "--received", "2026-01-31T10:00:00Z", "--register", "absent.json"},
                {"deadline", "--received", "2300-01-01T00:00:00Z"},
                {"deadline", "--received", "2199-12-20T10:00:00Z"},
                // the ends of the range of OffsetDateTime: valid with their offset, beyond a date in the zone
                {"deadline", "--received", "+999999999-12-31T23:59:59Z"},
                {"deadline", "--received", "-999999999-01-01T00:00:00-18:00"}}) {
            PrivacyCommandTest.Run run = privacy(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(run.err().contains("internal error"), run.err());
        }
        assertTrue(privacy("deadline", "--received", "2026-01-31T10:00:00Z", "--zone", "Mars/Olympus").err()
                .contains("--zone"), "the message names the option that is wrong");
        assertFalse(privacy("deadline", "--received", "2026-01-31T10:00:00Z", "--zone", "Mars/Olympus").err()
                .contains("--received"));
    }
}
