package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategory;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named examples of the register check; the properties in privacy-testkit cover the rest. */
class RegisterCheckTest {

    private static List<Finding> check(RegisterDraft draft) {
        return RegisterCheck.check(Drafts.build(draft));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.head();
    }

    @Test
    void aLawfulRegisterHasNoFinding() {
        assertEquals(List.empty(), check(Drafts.lawful()));
    }

    @Test
    void consentAskedOnAContractBasisIsAnErrorCitingArticle6_1_a() {
        // Zorggenoot "Om aanbiedingen te kunnen doen": consent asked, 6(1)(b) cited.
        RegisterDraft d = Drafts.lawful();
        d = d.withPurposes(List.of(Drafts.contractPurpose("offers").withConsent(Option.some(
                new ConsentTerms(false, true, Option.some("vooraf gevraagd"), Option.some("link in e-mail"),
                        Option.none())))));
        Finding f = only(check(d));
        assertEquals(CheckRule.R2_CONSENT, f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Citation.avg("6(1)(a)"), f.citation());
        assertEquals("purpose 'offers'", f.element());
        assertTrue(f.message().contains("AVG 6(1)(b)"), f.message());
    }

    @Test
    void healthDataWithoutAn9_2ConditionIsAnError() {
        RegisterDraft d = Drafts.lawful();
        d = d.withDataCategories(d.dataCategories().append(new DataCategory("health", "Health", DataClass.SPECIAL,
                        Option.some(SpecialCategory.HEALTH), Option.none())))
                .withPurposes(List.of(Drafts.contractPurpose("service").withDataCategories(List.of("contact", "health"))));
        Finding f = only(check(d));
        assertEquals(CheckRule.R3_SPECIAL_CATEGORY, f.rule());
        assertEquals(Citation.avg("9(2)"), f.citation());
        assertTrue(f.message().contains("health"));
    }

    @Test
    void healthDataUnderACareConditionIsLawful() {
        RegisterDraft d = Drafts.lawful();
        d = d.withDataCategories(d.dataCategories().append(new DataCategory("health", "Health", DataClass.SPECIAL,
                        Option.some(SpecialCategory.HEALTH), Option.none())))
                .withPurposes(List.of(Drafts.contractPurpose("service").withDataCategories(List.of("health"))
                        .withSpecialCategoryCondition(Option.some(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE))));
        assertEquals(List.empty(), check(d));
    }

    @Test
    void criminalDataWithoutAuthorisationIsAnErrorCitingArticle10() {
        // VGZ §VIII: "Informatie over fraudeverleden en/of evt. strafrechtelijke gegevens".
        RegisterDraft d = Drafts.lawful();
        d = d.withDataCategories(d.dataCategories().append(new DataCategory("criminal", "Fraud history",
                        DataClass.CRIMINAL, Option.none(), Option.none())))
                .withPurposes(List.of(Drafts.contractPurpose("fraud").withLawfulBases(
                        List.of(LawfulBasis.LEGAL_OBLIGATION)).withDataCategories(List.of("criminal"))));
        Finding f = only(check(d));
        assertEquals(CheckRule.R4_CRIMINAL_DATA, f.rule());
        assertEquals(Citation.avg("10"), f.citation());
    }

    @Test
    void aTransferWithExtraMeasuresButNoSafeguardIsAnError() {
        RegisterDraft d = Drafts.lawful().withTransfers(List.of(new Transfer("it", Option.none(), "outside the EEA",
                Option.none(), Option.some("extra maatregelen"), Option.none())));
        Finding f = only(check(d));
        assertEquals(CheckRule.R8_TRANSFER_SAFEGUARD, f.rule());
        assertTrue(f.message().contains("extra maatregelen"));
        assertEquals(List.empty(), check(Drafts.lawful().withTransfers(List.of(new Transfer("it", Option.none(),
                "outside the EU", Option.some(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES), Option.none(),
                Option.none())))));
    }

    @Test
    void trackingPixelsOnLegitimateInterestsBreakTheTelecommunicationsAct() {
        RegisterDraft d = Drafts.lawful().withPurposes(List.of(Drafts.contractPurpose("analytics")
                .withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTERESTS)).withBalancingTest(Option.some("LIA"))
                .withTracking(HashSet.of(TrackingTechnique.TRACKING_PIXELS))));
        Finding f = only(check(d));
        assertEquals(CheckRule.R11_TRACKING_CONSENT, f.rule());
        assertEquals(Citation.telecommunicatiewet("11.7a(1)"), f.citation());
    }

    @Test
    void functionalCookiesNeedNoConsent() {
        RegisterDraft d = Drafts.lawful().withPurposes(List.of(Drafts.contractPurpose("site")
                .withTracking(HashSet.of(TrackingTechnique.FUNCTIONAL_COOKIES))));
        assertEquals(List.empty(), check(d));
    }

    @Test
    void legitimateInterestsWithoutObjectionRightIsAnErrorAndWithoutBalancingTestAWarning() {
        RegisterDraft d = Drafts.lawful()
                .withRightsOffered(Drafts.lawful().rightsOffered().remove(DataSubjectRight.OBJECTION))
                .withPurposes(List.of(Drafts.contractPurpose("crm")
                        .withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTERESTS))));
        List<Finding> findings = check(d);
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), findings.map(Finding::severity));
        assertEquals(List.of(Citation.avg("6(1)(f)"), Citation.avg("21(4)")), findings.map(Finding::citation));
    }

    @Test
    void aRetentionWindowWithMinimumAboveMaximumIsAnError() {
        RegisterDraft d = Drafts.lawful().withRetentionRules(Drafts.lawful().retentionRules().append(
                new RetentionRule("fraud-window", "4 to 8 years", Option.some(RetentionTrigger.LAST_SUBSTANTIVE_CHANGE),
                        Option.none(), Option.some(Period.ofYears(8)), Option.some(Period.ofYears(4)),
                        RetentionAction.ERASE, false, Option.none())));
        Finding f = only(check(d));
        assertEquals(CheckRule.R6_RETENTION, f.rule());
        assertEquals("retention rule 'fraud-window'", f.element());
    }

    @Test
    void aFourWeekMaximumIsFiniteAndTwentyEightDaysEqualsFourWeeks() {
        assertEquals(0, RegisterCheck.compare(Period.ofWeeks(4), Period.ofDays(28)));
        assertEquals(0, RegisterCheck.compare(Period.ofYears(1), Period.ofMonths(12)));
        assertTrue(RegisterCheck.compare(Period.ofMonths(1), Period.ofDays(30)) > 0);
        assertTrue(RegisterCheck.compare(Period.ofMonths(1), Period.ofDays(31)) < 0);
    }

    @Test
    void aResponsePolicyOfOneMonthPlusOneIsLawfulButThreePlusNothingIsNot() {
        assertEquals(List.empty(), check(Drafts.lawful()));
        Finding f = only(check(Drafts.lawful().withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(1),
                Period.ofMonths(3), Option.none(), Option.none())))));
        assertEquals(CheckRule.R10_RESPONSE_POLICY, f.rule());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void aMissingDpoContactIsOnlyAWarning() {
        RegisterDraft d = Drafts.lawful().withController(Drafts.lawful().controller().withDpoContact(Option.none()));
        Finding f = only(check(d));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Citation.avg("13(1)(b)"), f.citation());
        assertFalse(RegisterCheck.hasErrors(List.of(f)));
    }
}
