package io.github.grondslag.testkit.seeds;

import io.github.grondslag.testkit.cli.PrivacyCommand;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code privacy check} on the two seed registers prints the seed findings with citations and exits 1. */
class SeedCommandTest {

    private static String[] run(String file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PrivacyCommand.run(new String[] {"check", file}, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void checkOnVgzExitsOneAndPrintsCriminalDataAndTransferWithCitations() {
        String[] r = run(SeedRegisters.VGZ.toString());
        assertEquals("1", r[0], r[2]);
        assertTrue(r[1].contains("R4 [AVG 10] purpose 'vgz-viii-fraud'"), r[1]);
        assertTrue(r[1].contains("R8 [AVG 13(1)(f)] transfer 'vgz-non-eea-software'"), r[1]);
        assertTrue(r[1].contains("Errors (2)") && r[1].contains("Warnings (14)"), r[1]);
        assertTrue(r[1].indexOf("Errors (2)") < r[1].indexOf("Warnings (14)"), r[1]);
    }

    @Test
    void checkOnZorggenootExitsOneAndPrintsConsentHealthAndTrackingWithCitations() {
        String[] r = run(SeedRegisters.ZORGGENOOT.toString());
        assertEquals("1", r[0], r[2]);
        assertTrue(r[1].contains("R2 [AVG 6(1)(a)] purpose 'zg-offers'"), r[1]);
        assertTrue(r[1].contains("R3 [AVG 9(1)] purpose 'zg-service'"), r[1]);
        assertTrue(r[1].contains("NL1 [Telecommunicatiewet 11.7a(1)] purpose 'zg-analytics-profiling'"), r[1]);
    }
}
