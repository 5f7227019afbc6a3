package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.check.Severity;
import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.check.nl.DutchRule;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.Register;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled registers, encoded faithfully, are not clean, and the check says so. Every
 * error-level finding is pinned here with its justification from the statement's text and the
 * article (docs/registers/README.md gives the encoding choices behind them). The warnings are pinned
 * one by one for VGZ, Zorggenoot and CoronaCheck, and by the rules that give them for RKI and
 * BoursoBank (with the contested ones pinned one by one), so that a change of the check that adds or
 * drops one is seen.
 */
class SeedRegistersTest {

    private static List<Tuple3<Rule, Severity, String>> findings(Register register, Severity severity) {
        return RegisterCheck.check(register).filter(f -> f.severity() == severity)
                .map(f -> Tuple.of(f.rule(), f.severity(), f.element()));
    }

    private static Tuple3<Rule, Severity, String> error(Rule rule, String element) {
        return Tuple.of(rule, Severity.ERROR, element);
    }

    private static Tuple3<Rule, Severity, String> warning(Rule rule, String element) {
        return Tuple.of(rule, Severity.WARNING, element);
    }

    private static Finding find(Register register, Rule rule, String element) {
        return RegisterCheck.check(register).find(f -> f.rule().equals(rule) && f.element().equals(element))
                .getOrElseThrow(() -> new AssertionError("no " + rule + " on " + element));
    }

    @Test
    void vgzGivesTheCriminalDataAndTransferErrors() {
        Register vgz = SeedRegisters.read(SeedRegisters.VGZ);
        assertEquals(List.of(
                // §VIII records "fraudeverleden en/of evt. strafrechtelijke gegevens" and names no authorisation:
                // art. 10 forbids it unless under official authority or authorised by law (PIFI runs under
                // UAVG 33(4)(c), which the statement never cites).
                error(GdprRule.R4_CRIMINAL_DATA, "purpose 'vgz-viii-fraud'"),
                // 'Met wie wisselen wij gegevens uit?': software outside the EEA with "extra maatregelen", and no
                // tool of art. 45-49 named: 13(1)(f) requires the statement to name the safeguard.
                error(GdprRule.R8_TRANSFER_SAFEGUARD, "transfer 'vgz-non-eea-software'")),
                findings(vgz, Severity.ERROR));
        assertEquals(List.of(
                // Consent is asked ("In sommige gevallen zijn wij verplicht om uw toestemming te vragen") but the
                // statement does not say how it is given (4(11)).
                warning(GdprRule.R2_CONSENT, "purpose 'vgz-ix-website'"),
                warning(GdprRule.R2_CONSENT, "purpose 'vgz-publication'"),
                warning(GdprRule.R2_CONSENT, "purpose 'vgz-vitality'"),
                // 'Hoelang worden uw persoonsgegevens bewaard?' gives periods only for contract data, fraud,
                // objections/complaints/disputes and camera footage (13(2)(a)).
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-iv-relationship'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-vi-garnishment'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-vii-controls'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-ix-website'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-x-it-systems'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-publication'"),
                warning(GdprRule.R6_RETENTION, "purpose 'vgz-vitality'"),
                // 'Profilering en geautomatiseerde verwerking/besluitvorming': declarations and the risk assessment
                // of providers are decided "zonder menselijke tussenkomst" and no exception of 22(2) is named; 22(1)
                // forbids the decision unless one applies, but the statement need not name it (13(2)(f)): warning.
                warning(GdprRule.R9_AUTOMATED_DECISION, "purpose 'vgz-vii-controls'"),
                // ... and the logic of those decisions is not explained (13(2)(f)).
                warning(GdprRule.R9_AUTOMATED_DECISION, "purpose 'vgz-vii-controls'"),
                // An impact assessment is owed (35(3)(a) profiling with automated decisions; 35(3)(b) criminal data
                // of a large-scale health insurer); the statement need not mention one, and does not.
                warning(GdprRule.R15_IMPACT_ASSESSMENT, "purpose 'vgz-vii-controls'"),
                warning(GdprRule.R15_IMPACT_ASSESSMENT, "purpose 'vgz-viii-fraud'")),
                findings(vgz, Severity.WARNING));
        assertEquals(Citation.avg("10"), find(vgz, GdprRule.R4_CRIMINAL_DATA, "purpose 'vgz-viii-fraud'").citation());
        assertEquals(Citation.avg("22(1)"),
                find(vgz, GdprRule.R9_AUTOMATED_DECISION, "purpose 'vgz-vii-controls'").citation());
        assertEquals(Citation.avg("13(1)(f)"),
                find(vgz, GdprRule.R8_TRANSFER_SAFEGUARD, "transfer 'vgz-non-eea-software'").citation());
    }

    @Test
    void zorggenootGivesTheConsentHealthAndTrackingErrors() {
        Register zorggenoot = SeedRegisters.read(SeedRegisters.ZORGGENOOT);
        assertEquals(List.of(
                // "Om aanbiedingen te kunnen doen": consent asked ("Deze toestemming wordt altijd vooraf gevraagd")
                // as the ground of the offers, yet "artikel 6 lid 1 sub b AVG" cited: 6(1)(a), 7.
                error(GdprRule.R2_CONSENT, "purpose 'zg-offers'"),
                // "Welke persoonsgegevens verwerken we?": (psychological) health data of carer and cared-for, and
                // no condition of 9(2) anywhere: 9(1) forbids it, 13(1)(c) requires the condition to be named.
                error(GdprRule.R3_SPECIAL_CATEGORY, "purpose 'zg-service'"),
                // Tracking pixels in e-mail, "De grondslag ... is het gerechtvaardigd belang", no consent asked:
                // Telecommunicatiewet 11.7a(1) requires consent to read the subject's device.
                error(DutchRule.NL1_TRACKING_CONSENT, "purpose 'zg-analytics-profiling'")),
                findings(zorggenoot, Severity.ERROR));
        assertEquals(List.of(
                warning(GdprRule.R2_CONSENT, "purpose 'zg-offers'"),
                warning(GdprRule.R2_CONSENT, "purpose 'zg-website'"),
                // Both legitimate-interests sections describe no weighing of interests (6(1)(f)).
                warning(GdprRule.R5_LEGITIMATE_INTERESTS, "purpose 'zg-group-sharing'"),
                warning(GdprRule.R5_LEGITIMATE_INTERESTS, "purpose 'zg-analytics-profiling'"),
                // 'Contact en klachten' names no DPO; whether one is mandatory depends on the scale (37(1)(c)).
                warning(GdprRule.R12_TRANSPARENCY, "controller")),
                findings(zorggenoot, Severity.WARNING));
        assertEquals(Citation.avg("6(1)(a)"), find(zorggenoot, GdprRule.R2_CONSENT, "purpose 'zg-offers'").citation());
        assertEquals(Citation.telecommunicatiewet("11.7a(1)"),
                find(zorggenoot, DutchRule.NL1_TRACKING_CONSENT, "purpose 'zg-analytics-profiling'").citation());
    }

    @Test
    void coronaCheckGivesTheObjectionAndRestrictionErrors() {
        Register cc = SeedRegisters.read(SeedRegisters.CORONACHECK);
        assertEquals(List.of(
                // '4.': "artikel 6 lid 1 sub e" for both purposes, so the right to object exists (21(1)); the
                // statement never names it, only links to the AP's general page: 21(4) requires it to be brought
                // explicitly and separately to the subject's attention.
                error(GdprRule.R5_LEGITIMATE_INTERESTS, "purpose 'dcc-issuance'"),
                error(GdprRule.R5_LEGITIMATE_INTERESTS, "purpose 'ip-operations-security'"),
                // '9.': access, rectification and erasure are described; restriction only through "de website van
                // de Autoriteit Persoonsgegevens": 13(2)(b) requires the controller to tell of it.
                error(GdprRule.R13_RIGHTS_INFORMATION, "rights")),
                findings(cc, Severity.ERROR));
        assertEquals(List.of(
                // '5.': Prolocation and Yource are processors; no agreement mentioned (silence).
                warning(GdprRule.R7_PROCESSOR_AGREEMENT, "recipient 'prolocation'"),
                warning(GdprRule.R7_PROCESSOR_AGREEMENT, "recipient 'yource'"),
                // '8.': "helemaal geautomatiseerd afgehandeld", a decision on a certificate the minister must issue
                // to whoever "voldoet aan de eisen" (legal effect), and no exception of 22(2) named (22(1));
                // 22(2)(b) probably applies, which the statement need not say.
                warning(GdprRule.R9_AUTOMATED_DECISION, "purpose 'dcc-issuance'"),
                // The decision rests on health data and the condition named is 9(2)(b), not (a) or (g): 22(4).
                warning(GdprRule.R9_AUTOMATED_DECISION, "purpose 'dcc-issuance'"),
                warning(GdprRule.R10_RESPONSE_POLICY, "response policy"),
                // "Laatste update: februari 2023" has no day; the format needs one (registers/README.md).
                warning(GdprRule.R12_TRANSPARENCY, "statement")),
                findings(cc, Severity.WARNING));
        assertTrue(find(cc, GdprRule.R13_RIGHTS_INFORMATION, "rights").message().contains("18"));
        // A public authority with a DPO contact (a link): no 37(7) error.
        assertTrue(RegisterCheck.check(cc).forAll(f -> !f.citation().equals(Citation.avg("37(7)"))));
    }

    @Test
    void rkiGivesTheBasisWithdrawalAndHealthDataErrors() {
        Register rki = SeedRegisters.read(SeedRegisters.RKI);
        assertEquals(List.of(
                // § 2: storing and showing certificates needs "keine zusätzliche Einwilligung" because of "neue
                // gesetzliche Grundlagen für die Erstellung der Nachweise"; § 3 ties the law to "Erstellung" only:
                // no basis is told for the wallet nor for the offline checks "anhand der in einem Zertifikat
                // enthaltenen Daten" (13(1)(c)).
                error(GdprRule.R1_LAWFUL_BASIS, "purpose 'certificate-wallet'"),
                error(GdprRule.R1_LAWFUL_BASIS, "purpose 'certificate-offline-checks'"),
                // § 9: disclosure "im Falle von Angriffen auf die technische Infrastruktur der App zur Rechts- oder
                // Strafverfolgung" with no legal basis at all (13(1)(c)).
                error(GdprRule.R1_LAWFUL_BASIS, "purpose 'disclosure-attack-prosecution'"),
                // Warning others: once the keys are uploaded, consent can be withdrawn "nur ..., indem Sie die App
                // löschen", not as it was given (7(3)).
                error(GdprRule.R2_CONSENT, "purpose 'warn-others'"),
                // Error reports: withdrawal goes to the "technischen Support" with the report id, and "das RKI [kann]
                // dabei Ihre Identität erfahren": harder than giving it (7(3)).
                error(GdprRule.R2_CONSENT, "purpose 'error-reports'"),
                // The wallet and the offline checks process vaccination, recovery and test certificates (health)
                // and name no condition of 9(2) (9(1), 13(1)(c)).
                error(GdprRule.R3_SPECIAL_CATEGORY, "purpose 'certificate-wallet'"),
                error(GdprRule.R3_SPECIAL_CATEGORY, "purpose 'certificate-offline-checks'")),
                findings(rki, Severity.ERROR));
        // § 3 names only national law (§ 22a IfSG, § 22 BDSG) for issuance and the update hashes, no point of
        // 6(1): a warning to find out whether (c) or (e), not a missing basis.
        assertEquals(Citation.avg("6(3)"), find(rki, GdprRule.R1_LAWFUL_BASIS, "purpose 'certificate-issuance'").citation());
        assertEquals(Severity.WARNING,
                find(rki, GdprRule.R1_LAWFUL_BASIS, "purpose 'update-misuse-prevention'").severity());
        // A federal authority relying on 49(1)(a) for the attestation transfers to Apple and Google (49(3)).
        assertEquals(Citation.avg("49(3)"), find(rki, GdprRule.R8_TRANSFER_SAFEGUARD, "transfer 'tr-apple-attestation'")
                .citation());
        assertEquals(1, RegisterCheck.check(rki).count(f -> f.rule() == RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED));
        assertEquals(List.<Rule>of(GdprRule.R1_LAWFUL_BASIS, GdprRule.R2_CONSENT, GdprRule.R3_SPECIAL_CATEGORY,
                        GdprRule.R6_RETENTION, GdprRule.R7_PROCESSOR_AGREEMENT, GdprRule.R8_TRANSFER_SAFEGUARD,
                        GdprRule.R10_RESPONSE_POLICY, GdprRule.R12_TRANSPARENCY,
                        RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED),
                findings(rki, Severity.WARNING).map(Tuple3::_1).distinct());
        assertEquals(23, findings(rki, Severity.WARNING).size());
    }

    @Test
    void boursoBankGivesTheBasisAndCriminalDataErrorsAndWarnsOnItsUntiedTransferTools() {
        Register bank = SeedRegisters.read(SeedRegisters.BOURSOBANK);
        assertEquals(List.of(
                // §3.4: "vous autorisez explicitement BoursoBank ... à accéder à votre répertoire de contacts" is the
                // customer's device permission, not a basis for the contacts' names and numbers; no basis of 6(1)
                // is stated for them (13(1)(c), 14(1)(c)).
                error(GdprRule.R1_LAWFUL_BASIS, "purpose 'p-sms-transfer'"),
                // Annexe: "Assurer le règlement des successions" (30 years from the death) has no basis anywhere.
                error(GdprRule.R1_LAWFUL_BASIS, "purpose 'p-succession'"),
                // §3.1 c: fraud and identity theft ("prévenir et lutter contre la criminalité financière") on
                // legitimate interests, no official authority and no authorising law named (art. 10).
                error(GdprRule.R4_CRIMINAL_DATA, "purpose 'p-financial-crime'")),
                findings(bank, Severity.ERROR));
        // §3.4: "les IBANs sont conservés à des fins probatoires pendant la durée légale": a criterion, not a
        // period; 13(2)(a) allows a criterion where a period cannot be given, so find out the period: a warning.
        assertEquals(Severity.WARNING, find(bank, GdprRule.R6_RETENTION, "retention rule 'ret-sms-iban-legal'")
                .severity());
        // §6 offers the tools only as alternatives ("soit ... les décisions d'adéquation ... soit ... Clauses
        // contractuelles types ... ou ... Binding Corporate Rules"), never tied to a destination (India has no
        // adequacy decision). The statement describes safeguards but not which applies: a warning on each transfer.
        assertEquals(List.of("transfer 'tr-international-payments'", "transfer 'tr-us-marketing'",
                        "transfer 'tr-india-sanctions'", "transfer 'tr-israel-cookie-consent'", "transfer 'tr-uk-ads'"),
                findings(bank, Severity.WARNING).filter(f -> f._1 == GdprRule.R8_TRANSFER_SAFEGUARD).map(Tuple3::_3));
        assertEquals(39, findings(bank, Severity.WARNING).size());
        List<Rule> warned = findings(bank, Severity.WARNING).map(Tuple3::_1).distinct();
        assertEquals(List.<Rule>of(GdprRule.R1_LAWFUL_BASIS, GdprRule.R2_CONSENT, GdprRule.R6_RETENTION,
                GdprRule.R7_PROCESSOR_AGREEMENT, GdprRule.R8_TRANSFER_SAFEGUARD, GdprRule.R9_AUTOMATED_DECISION,
                GdprRule.R10_RESPONSE_POLICY,
                GdprRule.R12_TRANSPARENCY, GdprRule.R15_IMPACT_ASSESSMENT, RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED),
                warned);
        // A French controller: the GDPR's rules and one finding naming what French law adds and was not checked.
        assertEquals(1, RegisterCheck.check(bank).count(f -> f.rule() == RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED));
        assertTrue(RegisterCheck.check(bank).forAll(f -> !(f.rule() instanceof DutchRule)));
    }

    @Test
    void everyBundledRegisterCarriesASectionReferenceOnEveryElement() {
        for (Path file : SeedRegisters.ALL) {
            assertTrue(file.toFile().isFile(), file + " is bundled");
            Register r = SeedRegisters.read(file);
            assertTrue(r.purposes().forAll(p -> p.source().isDefined()), file + ": every purpose names its section");
            assertTrue(r.dataCategories().forAll(c -> c.source().isDefined()), file + ": every data category");
            assertTrue(r.retentionRules().forAll(c -> c.source().isDefined()), file + ": every retention rule");
            assertTrue(r.recipients().forAll(c -> c.source().isDefined()), file + ": every recipient");
        }
    }

    @Test
    void bothSeedsCarryTheirStatementVersion() {
        assertEquals("2025-12-22", SeedRegisters.read(SeedRegisters.VGZ).statementVersion().get().toString());
        assertEquals("2023-05-01", SeedRegisters.read(SeedRegisters.ZORGGENOOT).statementVersion().get().toString());
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
