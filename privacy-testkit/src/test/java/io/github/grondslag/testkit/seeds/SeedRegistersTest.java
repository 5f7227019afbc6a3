package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.CheckRule;
import io.github.grondslag.domain.register.Finding;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterCheck;
import io.github.grondslag.domain.register.Severity;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two statements, encoded faithfully, are not clean, and the check says so (DESIGN §3.2).
 * Every finding beyond DESIGN's list is justified from the statement's text in a comment.
 */
class SeedRegistersTest {

    private static List<Tuple3<CheckRule, Severity, String>> findings(Register register) {
        return RegisterCheck.check(register).map(f -> Tuple.of(f.rule(), f.severity(), f.element()));
    }

    private static Finding find(Register register, CheckRule rule, String element) {
        return RegisterCheck.check(register).find(f -> f.rule() == rule && f.element().equals(element))
                .getOrElseThrow(() -> new AssertionError("no " + rule + " on " + element));
    }

    @Test
    void vgzGivesTheCriminalDataAndTransferErrorsAndTheJustifiedOthers() {
        Register vgz = SeedRegisters.read(SeedRegisters.VGZ);
        assertEquals(List.of(
                // DESIGN §3.2: VIII records "fraudeverleden en/of evt. strafrechtelijke gegevens" and names
                // no art. 10 authorisation (PIFI runs under UAVG 33(4)(c), which the statement never cites).
                Tuple.of(CheckRule.R4_CRIMINAL_DATA, Severity.ERROR, "purpose 'vgz-viii-fraud'"),
                // Beyond DESIGN, warnings: 'Hoelang worden uw persoonsgegevens bewaard?' gives periods only for
                // contract data, fraud, objections/complaints/disputes and camera footage; these purposes rest
                // on other bases and no period or criterion is given for them (art. 13(2)(a)).
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-iv-relationship'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-vi-garnishment'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-vii-controls'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-ix-website'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-x-it-systems'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-publication'"),
                Tuple.of(CheckRule.R6_RETENTION, Severity.WARNING, "purpose 'vgz-vitality'"),
                // DESIGN §3.2: outside the EEA with "extra maatregelen", no safeguard of art. 45-49.
                Tuple.of(CheckRule.R8_TRANSFER_SAFEGUARD, Severity.ERROR, "transfer 'vgz-non-eea-software'"),
                // Beyond DESIGN: 'Geautomatiseerde verwerking/besluitvorming' says declarations and the risk
                // assessment of providers are decided "zonder menselijke tussenkomst" and offers human
                // intervention (so no 22(3) finding), but names no exception of art. 22(2).
                Tuple.of(CheckRule.R9_AUTOMATED_DECISION, Severity.ERROR, "purpose 'vgz-vii-controls'")),
                findings(vgz));
        assertEquals(Citation.avg("10"), find(vgz, CheckRule.R4_CRIMINAL_DATA, "purpose 'vgz-viii-fraud'").citation());
        assertTrue(find(vgz, CheckRule.R8_TRANSFER_SAFEGUARD, "transfer 'vgz-non-eea-software'").message()
                .contains("extra maatregelen"));
    }

    @Test
    void zorggenootGivesTheConsentHealthAndTrackingErrorsAndTheJustifiedWarnings() {
        Register zorggenoot = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
        assertEquals(List.of(
                // DESIGN §3.2: "Om aanbiedingen te kunnen doen": consent asked, "artikel 6 lid 1 sub b AVG" cited.
                Tuple.of(CheckRule.R2_CONSENT, Severity.ERROR, "purpose 'zg-offers'"),
                // DESIGN §3.2: (psychological) health data of carer and cared-for, no 9(2) condition named.
                Tuple.of(CheckRule.R3_SPECIAL_CATEGORY, Severity.ERROR, "purpose 'zg-service'"),
                // Beyond DESIGN, warnings: both legitimate-interests sections state the basis but describe no
                // weighing of interests at all (VGZ's statement does: "Wij maken een zorgvuldige afweging").
                Tuple.of(CheckRule.R5_LEGITIMATE_INTERESTS, Severity.WARNING, "purpose 'zg-group-sharing'"),
                Tuple.of(CheckRule.R5_LEGITIMATE_INTERESTS, Severity.WARNING, "purpose 'zg-analytics-profiling'"),
                // DESIGN §3.2: tracking pixels in e-mail, "De grondslag ... is het gerechtvaardigd belang".
                Tuple.of(CheckRule.R11_TRACKING_CONSENT, Severity.ERROR, "purpose 'zg-analytics-profiling'"),
                // Beyond DESIGN, warning: 'Contact en klachten' gives only info@zorggenoot.nl; no functionaris
                // gegevensbescherming is named (art. 13(1)(b), where one is designated).
                Tuple.of(CheckRule.R12_TRANSPARENCY, Severity.WARNING, "controller")),
                findings(zorggenoot));
        assertEquals(Citation.avg("6(1)(a)"), find(zorggenoot, CheckRule.R2_CONSENT, "purpose 'zg-offers'").citation());
        assertEquals(Citation.telecommunicatiewet("11.7a(1)"),
                find(zorggenoot, CheckRule.R11_TRACKING_CONSENT, "purpose 'zg-analytics-profiling'").citation());
    }

    @Test
    void bothSeedsCarryTheirStatementVersionAndEverySectionReference() {
        Register vgz = SeedRegisters.read(SeedRegisters.VGZ);
        Register zorggenoot = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
        assertEquals("2025-12-22", vgz.statementVersion().get().toString());
        assertEquals("2023-05-01", zorggenoot.statementVersion().get().toString());
        for (Register r : List.of(vgz, zorggenoot)) {
            assertTrue(r.purposes().forAll(p -> p.source().isDefined()), "every purpose names its section");
            assertTrue(r.dataCategories().forAll(c -> c.source().isDefined()), "every data category names its section");
            assertTrue(r.retentionRules().forAll(c -> c.source().isDefined()), "every retention rule names its section");
            assertTrue(r.recipients().forAll(c -> c.source().isDefined()), "every recipient names its section");
        }
    }

    @Test
    void vgzResponsePolicyIsOneMonthPlusOneAndZorggenootHasNoExtension() {
        Register vgz = SeedRegisters.read(SeedRegisters.VGZ);
        assertEquals(java.time.Period.ofMonths(1), vgz.responsePolicy().get().maximumExtension());
        assertEquals(java.time.Period.ofDays(14), vgz.responsePolicy().get().complaintAcknowledgement().get());
        Register zorggenoot = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
        assertEquals(java.time.Period.ZERO, zorggenoot.responsePolicy().get().maximumExtension());
    }
}
