package io.github.grondslag.domain.check;

import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.check.nl.DutchRule;
import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.CriminalDataAuthorisation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.register.ArchivePurpose;
import io.github.grondslag.domain.register.Assessment;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentMechanism;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.JointController;
import io.github.grondslag.domain.register.Periods;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.register.Transfer;
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

    /** The lawful register with these purposes instead of its own. */
    private static RegisterDraft with(Purpose... purposes) {
        return Drafts.lawful().withPurposes(List.of(purposes));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.head();
    }

    private static void assertFinding(Rule rule, Severity severity, Citation citation, Finding f) {
        assertEquals(rule, f.rule(), f::toString);
        assertEquals(severity, f.severity(), f::toString);
        assertEquals(citation, f.citation(), f::toString);
    }

    private static RegisterDraft withRights(DataSubjectRight... removed) {
        RegisterDraft d = Drafts.lawful();
        return d.withRightsOffered(d.rightsOffered().removeAll(List.of(removed)));
    }

    @Test
    void aLawfulRegisterHasNoFinding() {
        assertEquals(List.empty(), check(Drafts.lawful()));
    }

    // --- R1 lawful basis (6(1)) ---

    @Test
    void aPublicAuthorityOnLegitimateInterestsIsAWarningToFindOutWhetherItIsOutsideItsTasks() {
        RegisterDraft d = with(Drafts.legitimateInterestsPurpose("crm"))
                .withController(Drafts.publicAuthority(Option.some("fg@gemeente.example")));
        // 6(1) second subparagraph excludes (f) only "in the performance of their tasks" (recital 47)
        assertFinding(GdprRule.R1_LAWFUL_BASIS, Severity.WARNING, Citation.avg("6(1) second subparagraph"),
                only(check(d)));
        // the same purpose of a private controller is lawful
        assertEquals(List.empty(), check(with(Drafts.legitimateInterestsPurpose("crm"))));
    }

    // --- R2 consent (4(11), 6(1)(a), 7) ---

    @Test
    void consentAskedOnAContractBasisIsAnErrorCitingArticle6_1_a() {
        // Zorggenoot "Om aanbiedingen te kunnen doen": consent asked, 6(1)(b) cited.
        Finding f = only(check(with(Drafts.purpose("offers").consent(Drafts.consentAsBasis()).build())));
        assertFinding(GdprRule.R2_CONSENT, Severity.ERROR, Citation.avg("6(1)(a)"), f);
        assertEquals("purpose 'offers'", f.element());
        assertTrue(f.message().contains("AVG 6(1)(b)"), f.message());
    }

    @Test
    void consentAnotherLawRequiresOnAContractBasisGivesNoConsentFinding() {
        // consent that medical secrecy requires is no GDPR basis: nothing for R2 to object to
        Purpose p = Drafts.purpose("offers").consent(Drafts.consent(ConsentKind.OTHER_LAW, Fact.NO, Fact.YES,
                ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build();
        assertEquals(List.empty(), check(with(p)));
    }

    @Test
    void consentWhoseWithdrawalIsNotStatedIsOnlyAWarningCitingArticle7_3() {
        Purpose p = Drafts.purpose("newsletter").bases(LawfulBasis.CONSENT).consent(Drafts.consent(ConsentKind.BASIS,
                Fact.NO, Fact.NOT_STATED, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build();
        assertFinding(GdprRule.R2_CONSENT, Severity.WARNING, Citation.avg("7(3)"), only(check(with(p))));
    }

    @Test
    void consentStatedNotToBeWithdrawableAsEasilyAsGivenIsAnErrorCitingArticle7_3() {
        Purpose p = Drafts.purpose("newsletter").bases(LawfulBasis.CONSENT).consent(Drafts.consent(ConsentKind.BASIS,
                Fact.NO, Fact.NO, ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build();
        assertFinding(GdprRule.R2_CONSENT, Severity.ERROR, Citation.avg("7(3)"), only(check(with(p))));
    }

    @Test
    void consentByAPreTickedBoxIsAnErrorCitingArticle4_11() {
        Purpose p = Drafts.purpose("newsletter").bases(LawfulBasis.CONSENT).consent(Drafts.consent(ConsentKind.BASIS,
                Fact.NO, Fact.YES, ConsentMechanism.PRE_TICKED_BOX)).build();
        Finding f = only(check(with(p)));
        assertFinding(GdprRule.R2_CONSENT, Severity.ERROR, Citation.avg("4(11)"), f);
        assertTrue(f.message().contains("pre-ticked"), f.message());
    }

    @Test
    void consentByContinuedUseIsAnErrorCitingArticle4_11() {
        Purpose p = Drafts.purpose("newsletter").bases(LawfulBasis.CONSENT).consent(Drafts.consent(ConsentKind.BASIS,
                Fact.NO, Fact.YES, ConsentMechanism.CONTINUED_USE)).build();
        Finding f = only(check(with(p)));
        assertFinding(GdprRule.R2_CONSENT, Severity.ERROR, Citation.avg("4(11)"), f);
        assertTrue(f.message().contains("continued"), f.message());
    }

    // --- R3 special categories (9), R4 criminal data (10) ---

    @Test
    void healthDataWithoutAn9_2ConditionIsAnError() {
        // the citation is 9(1), the prohibition that applies without a condition of 9(2)
        RegisterDraft d = Drafts.lawfulWith(Drafts.health())
                .withPurposes(List.of(Drafts.purpose("service").data("contact", "health").build()));
        Finding f = only(check(d));
        assertFinding(GdprRule.R3_SPECIAL_CATEGORY, Severity.ERROR, Citation.avg("9(1)"), f);
        assertTrue(f.message().contains("health"), f.message());
    }

    @Test
    void healthDataUnderACareConditionIsLawful() {
        RegisterDraft d = Drafts.lawfulWith(Drafts.health()).withPurposes(List.of(Drafts.purpose("service")
                .data("health").special(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE).build()));
        assertEquals(List.empty(), check(d));
    }

    @Test
    void criminalDataWithoutAuthorisationIsAnErrorCitingArticle10() {
        // VGZ §VIII: "Informatie over fraudeverleden en/of evt. strafrechtelijke gegevens".
        RegisterDraft d = Drafts.lawfulWith(Drafts.criminal()).withPurposes(List.of(Drafts.purpose("fraud")
                .bases(LawfulBasis.LEGAL_OBLIGATION).data("criminal").build()));
        assertFinding(GdprRule.R4_CRIMINAL_DATA, Severity.ERROR, Citation.avg("10"), only(check(d)));
    }

    // --- R5 legitimate interests, objection (6(1)(f), 21) ---

    @Test
    void legitimateInterestsWithoutObjectionRightIsAnErrorAndWithoutBalancingTestAWarning() {
        RegisterDraft d = withRights(DataSubjectRight.OBJECTION).withPurposes(List.of(
                Drafts.legitimateInterests("crm").balancingTest(Assessment.notStated()).build()));
        List<Finding> findings = check(d);
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), findings.map(Finding::severity), findings::toString);
        assertEquals(List.of(Citation.avg("6(1)(f)"), Citation.avg("21(4)")), findings.map(Finding::citation));
    }

    @Test
    void directMarketingOnAContractBasisWithoutTheObjectionRightIsAnErrorCitingArticle21_4() {
        RegisterDraft d = withRights(DataSubjectRight.OBJECTION)
                .withPurposes(List.of(Drafts.purpose("mailings").directMarketing().build()));
        Finding f = only(check(d));
        assertFinding(GdprRule.R5_LEGITIMATE_INTERESTS, Severity.ERROR, Citation.avg("21(4)"), f);
        assertTrue(f.message().contains("direct marketing"), f.message());
        // with the right offered, nothing
        assertEquals(List.empty(), check(with(Drafts.purpose("mailings").directMarketing().build())));
    }

    // --- R6 retention (5(1)(e), 13(2)(a), 89(1)) ---

    @Test
    void aRetentionWindowWithMinimumAboveMaximumIsAnError() {
        RegisterDraft d = Drafts.lawful().withRetentionRules(Drafts.lawful().retentionRules().append(
                new RetentionRule("fraud-window", "4 to 8 years", Option.some(RetentionTrigger.LAST_SUBSTANTIVE_CHANGE),
                        Option.none(), Option.none(), Option.some(Period.ofYears(8)), Option.some(Period.ofYears(4)),
                        RetentionAction.ERASE, Option.none(), false, Option.none())));
        Finding f = only(check(d));
        assertFinding(GdprRule.R6_RETENTION, Severity.ERROR, Citation.avg("5(1)(e)"), f);
        assertEquals("retention rule 'fraud-window'", f.element());
    }

    @Test
    void anArchivingRuleWithoutItsArchivePurposeIsAWarningCitingArticle89_1() {
        RetentionRule archive = new RetentionRule("archive", "archived after 7 years",
                Option.some(RetentionTrigger.RELATIONSHIP_ENDED), Option.none(), Option.some(Period.ofYears(7)),
                Option.none(), Option.none(), RetentionAction.ARCHIVE, Option.none(), false, Option.none());
        RegisterDraft d = Drafts.lawful().withRetentionRules(Drafts.lawful().retentionRules().append(archive));
        Finding f = only(check(d));
        assertFinding(GdprRule.R6_RETENTION, Severity.WARNING, Citation.avg("89(1)"), f);
        assertEquals("retention rule 'archive'", f.element());
        // naming the purpose of 89(1) settles it
        RetentionRule statistics = new RetentionRule("archive", "archived after 7 years",
                Option.some(RetentionTrigger.RELATIONSHIP_ENDED), Option.none(), Option.some(Period.ofYears(7)),
                Option.none(), Option.none(), RetentionAction.ARCHIVE, Option.some(ArchivePurpose.STATISTICS), false,
                Option.none());
        assertEquals(List.empty(),
                check(Drafts.lawful().withRetentionRules(Drafts.lawful().retentionRules().append(statistics))));
    }

    @Test
    void aRegisterWithNoRetentionRuleAtAllIsAnErrorCitingArticle13_2_a() {
        RegisterDraft d = with(Drafts.purpose("p1").retention().build()).withRetentionRules(List.empty());
        Finding f = only(check(d));
        assertFinding(GdprRule.R6_RETENTION, Severity.ERROR, Citation.avg("13(2)(a)"), f);
    }

    @Test
    void aFourWeekMaximumIsFiniteAndTwentyEightDaysEqualsFourWeeks() {
        assertEquals(0, Periods.compare(Period.ofWeeks(4), Period.ofDays(28)));
        assertEquals(0, Periods.compare(Period.ofYears(1), Period.ofMonths(12)));
        assertTrue(Periods.compare(Period.ofMonths(1), Period.ofDays(30)) > 0);
        assertTrue(Periods.compare(Period.ofMonths(1), Period.ofDays(31)) < 0);
    }

    // --- basis named only as a law (6(3)), explicit consent not described, 49(3) ---

    private static Purpose withBasis(Purpose p, io.github.grondslag.domain.register.Basis basis) {
        return new Purpose(p.id(), p.name(), p.description(), basis, p.scope(), p.sensitive(), p.automation(),
                p.directMarketing(), p.impactAssessment(), p.source());
    }

    @Test
    void aPurposeThatNamesOnlyALawAsItsGroundIsAWarningCitingArticle6_3NotAMissingBasis() {
        Purpose p = Drafts.contractPurpose("issuance");
        Purpose lawOnly = withBasis(p, new io.github.grondslag.domain.register.Basis(List.empty(), Option.none(),
                Option.none(), io.github.grondslag.domain.register.Assessment.notStated(), Option.some("§ 22a IfSG")));
        assertFinding(GdprRule.R1_LAWFUL_BASIS, Severity.WARNING, Citation.avg("6(3)"), only(check(with(lawOnly))));
        Purpose nothing = withBasis(p, new io.github.grondslag.domain.register.Basis(List.empty(), Option.none(),
                Option.none(), io.github.grondslag.domain.register.Assessment.notStated(), Option.none()));
        assertFinding(GdprRule.R1_LAWFUL_BASIS, Severity.ERROR, Citation.avg("13(1)(c)"), only(check(with(nothing))));
    }

    @Test
    void explicitConsentAsTheConditionButNoConsentDescribedIsAWarningNotAnError() {
        Purpose p = Drafts.purpose("diary").bases(io.github.grondslag.domain.law.LawfulBasis.CONSENT)
                .data("contact", "health").build();
        Purpose named = new Purpose(p.id(), p.name(), p.description(), p.basis(), p.scope(),
                new io.github.grondslag.domain.register.SensitiveData(List.of(
                        io.github.grondslag.domain.law.SpecialCategoryCondition.EXPLICIT_CONSENT), Option.none()),
                p.automation(), p.directMarketing(), p.impactAssessment(), p.source());
        List<Finding> findings = check(with(named).withDataCategories(
                Drafts.lawfulWith(Drafts.health()).dataCategories()));
        assertTrue(findings.nonEmpty());
        assertTrue(findings.forAll(f -> f.severity() == Severity.WARNING), findings::toString);
        assertTrue(findings.exists(f -> f.citation().equals(Citation.avg("9(2)(a)"))), findings::toString);
    }

    @Test
    void aPublicAuthorityTransferringOnExplicitConsentIsAWarningCiting49_3() {
        RegisterDraft d = Drafts.lawful().withController(Drafts.publicAuthority(Option.some("fg@example.org")))
                .withTransfers(List.of(new io.github.grondslag.domain.register.Transfer("t1", Option.none(), "US",
                        Option.some(io.github.grondslag.domain.law.TransferSafeguard.DEROGATION_EXPLICIT_CONSENT),
                        Option.none(), Option.none())));
        assertFinding(GdprRule.R8_TRANSFER_SAFEGUARD, Severity.WARNING, Citation.avg("49(3)"), only(check(d)));
        // the same transfer of a private controller passes
        RegisterDraft privateController = d.withController(Drafts.controller());
        assertEquals(List.empty(), check(privateController));
    }

    // --- R7 processors (28(3)) ---

    private static RegisterDraft withProcessor(Fact agreement) {
        return Drafts.lawful()
                .withRecipients(List.of(new Recipient("mailer", "Mail house", RecipientKind.PROCESSOR, agreement,
                        Option.none())))
                .withPurposes(List.of(Drafts.purpose("p1").recipients("mailer").build()));
    }

    @Test
    void aProcessorAgreementNotStatedIsOnlyAWarningCitingArticle28_3() {
        Finding f = only(check(withProcessor(Fact.NOT_STATED)));
        assertFinding(GdprRule.R7_PROCESSOR_AGREEMENT, Severity.WARNING, Citation.avg("28(3)"), f);
        assertEquals("recipient 'mailer'", f.element());
    }

    @Test
    void aProcessorStatedToHaveNoAgreementIsAnErrorCitingArticle28_3() {
        assertFinding(GdprRule.R7_PROCESSOR_AGREEMENT, Severity.ERROR, Citation.avg("28(3)"),
                only(check(withProcessor(Fact.NO))));
        assertEquals(List.empty(), check(withProcessor(Fact.YES)));
    }

    // --- R8 transfers (44-49) ---

    @Test
    void aTransferWithExtraMeasuresButNoSafeguardIsAnError() {
        // VGZ: "extra maatregelen", no tool of chapter V named
        RegisterDraft d = Drafts.lawful().withTransfers(List.of(new Transfer("it", Option.none(), "outside the EEA",
                Option.none(), Option.some("extra maatregelen"), Option.none())));
        Finding f = only(check(d));
        assertFinding(GdprRule.R8_TRANSFER_SAFEGUARD, Severity.ERROR, Citation.avg("13(1)(f)"), f);
        assertTrue(f.message().contains("measures"), f.message());
        assertEquals(List.empty(), check(Drafts.lawful().withTransfers(List.of(new Transfer("it", Option.none(),
                "outside the EU", Option.some(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES), Option.none(),
                Option.none())))));
    }

    // --- R9 automated decisions (22) ---

    @Test
    void anAutomatedDecisionAuthorisedByLawNeedsNoHumanInterventionFinding() {
        // 22(3) binds the exceptions of 22(2)(a) and (c); for (b) the authorising law lays down the safeguards
        Purpose p = Drafts.purpose("scoring").decision(Drafts.automatedDecision(
                AutomatedDecisionGround.AUTHORISED_BY_LAW, Fact.NO)).build();
        assertEquals(List.empty(), check(with(p)));
    }

    @Test
    void anAutomatedDecisionNamingNoExceptionOf22_2IsAWarningToFindOutWhichApplies() {
        // 22(1) forbids the decision unless an exception applies; 13(2)(f) does not ask the statement to name it
        Purpose p = Drafts.purpose("scoring").decision(new io.github.grondslag.domain.register.AutomatedDecision(true,
                io.vavr.control.Option.none(), Fact.YES, Fact.YES, io.vavr.control.Option.none())).build();
        Finding f = only(check(with(p)));
        assertFinding(GdprRule.R9_AUTOMATED_DECISION, Severity.WARNING, Citation.avg("22(1)"), f);
        assertTrue(f.message().contains("find out"));
    }

    @Test
    void anAutomatedDecisionForAContractStatingNoHumanInterventionIsAnErrorCitingArticle22_3() {
        Purpose p = Drafts.purpose("scoring").decision(Drafts.automatedDecision(AutomatedDecisionGround.CONTRACT,
                Fact.NO)).build();
        assertFinding(GdprRule.R9_AUTOMATED_DECISION, Severity.ERROR, Citation.avg("22(3)"), only(check(with(p))));
    }

    @Test
    void specialDataInAnAutomatedDecisionPurposeWithout9_2_aOrGIsAWarningCitingArticle22_4() {
        Purpose p = Drafts.purpose("claims").data("contact", "health")
                .special(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                .decision(Drafts.automatedDecision(AutomatedDecisionGround.CONTRACT, Fact.YES)).build();
        Finding f = only(check(Drafts.lawfulWith(Drafts.health()).withPurposes(List.of(p))));
        assertFinding(GdprRule.R9_AUTOMATED_DECISION, Severity.WARNING, Citation.avg("22(4)"), f);
        assertTrue(f.message().contains("health"), f.message());
        // under 9(2)(g) the decision may rest on them
        Purpose publicInterest = Drafts.purpose("claims").data("contact", "health")
                .special(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST)
                .decision(Drafts.automatedDecision(AutomatedDecisionGround.CONTRACT, Fact.YES)).build();
        assertEquals(List.empty(), check(Drafts.lawfulWith(Drafts.health()).withPurposes(List.of(publicInterest))));
    }

    // --- R10 response policy (12(3)) ---

    @Test
    void aResponsePolicyOfOneMonthPlusOneIsLawfulButThreePlusNothingIsNot() {
        assertEquals(List.empty(), check(Drafts.lawful()));
        Finding f = only(check(Drafts.lawful().withResponsePolicy(Option.some(new ResponsePolicy(Period.ofMonths(1),
                Period.ofMonths(3), Option.none(), Option.none())))));
        assertFinding(GdprRule.R10_RESPONSE_POLICY, Severity.ERROR, Citation.avg("12(3)"), f);
    }

    // --- R12 controller and DPO (13(1)(a),(b), 37) ---

    @Test
    void aMissingDpoContactIsOnlyAWarning() {
        RegisterDraft d = Drafts.lawful().withController(Drafts.lawful().controller().withDpoContact(Option.none()));
        Finding f = only(check(d));
        assertFinding(GdprRule.R12_TRANSPARENCY, Severity.WARNING, Citation.avg("13(1)(b)"), f);
        assertFalse(RegisterCheck.hasErrors(List.of(f)));
    }

    @Test
    void aPrivateControllerNotOnALargeScaleWithoutADpoGetsOnlyAWarning() {
        // special data, but the register states that the controller does not process on a large scale:
        // no point of 37(1) applies
        RegisterDraft d = Drafts.lawfulWith(Drafts.health())
                .withController(Drafts.controller().withDpoContact(Option.none()))
                .withPurposes(List.of(Drafts.purpose("care").data("contact", "health")
                        .special(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE).build()));
        assertEquals(Fact.NO, d.controller().publicAuthority());
        assertEquals(Fact.NO, d.controller().largeScale());
        Finding f = only(check(d));
        assertFinding(GdprRule.R12_TRANSPARENCY, Severity.WARNING, Citation.avg("13(1)(b)"), f);
        assertFalse(RegisterCheck.hasErrors(check(d)));
    }

    @Test
    void aPublicAuthorityWithoutADpoContactIsAnErrorCitingArticle37_7WithTheGroundInferred() {
        RegisterDraft d = Drafts.lawful().withController(Drafts.publicAuthority(Option.none()));
        Finding f = only(check(d));
        assertFinding(GdprRule.R12_TRANSPARENCY, Severity.ERROR, Citation.avg("37(7)"), f);
        assertTrue(f.message().contains("inferred"), f.message());
        assertTrue(f.message().contains("37(1)(a)"), f.message());
    }

    // --- R13 rights (13(2)(b)-(d)) ---

    @Test
    void aStatementThatDoesNotMentionTheComplaintRightIsAnErrorCitingArticle13_2_d() {
        Finding f = only(check(withRights(DataSubjectRight.COMPLAINT_TO_AUTHORITY)));
        assertFinding(GdprRule.R13_RIGHTS_INFORMATION, Severity.ERROR, Citation.avg("13(2)(d)"), f);
    }

    // --- R14 joint controllers and sources (26, 14(2)(f)) ---

    @Test
    void aJointControllerWithoutTheEssenceOfTheArrangementIsAnErrorCitingArticle26_2() {
        RegisterDraft d = Drafts.lawful().withJointControllers(List.of(new JointController("Partner B.V.",
                Option.none(), Option.some("privacy@partner.example"), Option.none())));
        Finding f = only(check(d));
        assertFinding(GdprRule.R14_CONTROLLERS_AND_SOURCES, Severity.ERROR, Citation.avg("26(2)"), f);
        assertEquals(List.empty(), check(Drafts.lawful().withJointControllers(List.of(new JointController(
                "Partner B.V.", Option.some("§Samenwerking"), Option.some("privacy@partner.example"),
                Option.none())))));
    }

    @Test
    void dataFromOtherSourcesWithoutTheirSourceIsAnErrorCitingArticle14_2_f() {
        DataCategory claims = new DataCategory("claims", "Claims from care providers", DataClass.ORDINARY,
                Option.none(), DataOrigin.OTHER_SOURCES, List.empty(), List.empty(), Option.none());
        Finding f = only(check(Drafts.lawfulWith(claims)));
        assertFinding(GdprRule.R14_CONTROLLERS_AND_SOURCES, Severity.ERROR, Citation.avg("14(2)(f)"), f);
        assertEquals("data category 'claims'", f.element());
        DataCategory sourced = new DataCategory("claims", "Claims from care providers", DataClass.ORDINARY,
                Option.none(), DataOrigin.OTHER_SOURCES, List.of("Vektis"), List.empty(), Option.none());
        assertEquals(List.empty(), check(Drafts.lawfulWith(sourced)));
    }

    // --- national layers ---

    private static RegisterDraft trackingPixelsOnLegitimateInterests(String memberState) {
        RegisterDraft d = with(Drafts.legitimateInterests("analytics").tracking(TrackingTechnique.TRACKING_PIXELS)
                .build());
        return d.withController(d.controller().withMemberState(Option.some(memberState)));
    }

    @Test
    void trackingPixelsOnLegitimateInterestsBreakTheTelecommunicationsAct() {
        // Zorggenoot analyses e-mail opening with tracking pixels on legitimate interests
        Finding f = only(check(trackingPixelsOnLegitimateInterests("NL")));
        assertFinding(DutchRule.NL1_TRACKING_CONSENT, Severity.ERROR, Citation.telecommunicatiewet("11.7a(1)"), f);
        assertEquals("NL1", f.rule().code());
    }

    @Test
    void aControllerInGermanyGetsOneNationalLawNotCheckedWarningAndNoDutchFinding() {
        Finding f = only(check(trackingPixelsOnLegitimateInterests("DE")));
        assertFinding(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED, Severity.WARNING,
                Citation.avg("recital 10"), f);
        assertEquals("N1", f.rule().code());
        assertTrue(f.message().contains("DE"), f.message());
    }

    @Test
    void aControllerWithoutAMemberStateGetsTheNationalLawNotCheckedWarning() {
        RegisterDraft d = Drafts.lawful();
        d = d.withController(d.controller().withMemberState(Option.none()));
        List<Finding> findings = check(d);
        assertEquals(1, findings.count(x -> x.rule() == RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED),
                findings::toString);
        assertFalse(RegisterCheck.hasErrors(findings), findings::toString);
    }

    @Test
    void criminalDataOnConsentThatIsNotExplicitIsAnErrorOfTheDutchLayerCitingUavg32_a() {
        Purpose p = Drafts.purpose("fraud").data("contact", "criminal")
                .criminal(CriminalDataAuthorisation.EXPLICIT_CONSENT)
                .consent(Drafts.consent(ConsentKind.EXPLICIT_CONDITION, Fact.NO, Fact.YES,
                        ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build();
        RegisterDraft d = Drafts.lawfulWith(Drafts.criminal()).withPurposes(List.of(p));
        assertFinding(DutchRule.NL2_CRIMINAL_DATA, Severity.ERROR, Citation.uavg("32(a)"), only(check(d)));
        // outside the Netherlands UAVG 32(a) is not judged: only the layer warning
        RegisterDraft german = d.withController(d.controller().withMemberState(Option.some("DE")));
        assertEquals(RegisterCheck.LayerRule.N1_NATIONAL_LAW_NOT_CHECKED, only(check(german)).rule());
    }

    @Test
    void theCitizenServiceNumberOnConsentIsAWarningCitingUavg46_1ButNotOnAContract() {
        DataCategory bsn = DataCategory.of("bsn", "Citizen service number", DataClass.NATIONAL_ID, Option.none());
        RegisterDraft d = Drafts.lawfulWith(bsn).withPurposes(List.of(Drafts.purpose("p1").bases(LawfulBasis.CONSENT)
                .consent(Drafts.consentAsBasis()).data("contact", "bsn").build()));
        assertFinding(DutchRule.NL3_BSN, Severity.WARNING, Citation.uavg("46(1)"), only(check(d)));
        assertEquals(List.empty(), check(Drafts.lawfulWith(bsn).withPurposes(List.of(Drafts.purpose("p1")
                .bases(LawfulBasis.LEGAL_OBLIGATION).data("contact", "bsn").build()))));
        // a health insurer's contract runs under the Wet gebruik burgerservicenummer in de zorg
        assertEquals(List.empty(), check(Drafts.lawfulWith(bsn).withPurposes(List.of(Drafts.purpose("p1")
                .data("contact", "bsn").build()))));
    }

    @Test
    void functionalCookiesNeedNoConsent() {
        assertEquals(List.empty(), check(with(Drafts.purpose("site").tracking(TrackingTechnique.FUNCTIONAL_COOKIES)
                .build())));
    }

    // --- boundaries and kinds the properties do not pin (mutations found surviving by review) ---

    @Test
    void eachRightOfArticles15To18LeftUntoldIsAnErrorNamingThatArticle() {
        for (DataSubjectRight right : List.of(DataSubjectRight.ACCESS, DataSubjectRight.RECTIFICATION,
                DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION)) {
            Finding f = only(check(withRights(right)));
            assertFinding(GdprRule.R13_RIGHTS_INFORMATION, Severity.ERROR, Citation.avg("13(2)(b)"), f);
            assertTrue(f.message().contains(right.citation().provision()), right + ": " + f.message());
        }
    }

    /** Health data on a legal obligation, explicit consent (9(2)(a)) its condition: GDPR consent, not the basis. */
    private static RegisterDraft explicitConsentAsTheCondition(DataSubjectRight... removed) {
        Purpose claims = Drafts.purpose("claims").bases(LawfulBasis.LEGAL_OBLIGATION).data("health")
                .special(SpecialCategoryCondition.EXPLICIT_CONSENT)
                .consent(Drafts.consent(ConsentKind.EXPLICIT_CONDITION, Fact.YES, Fact.YES,
                        ConsentMechanism.CLEAR_AFFIRMATIVE_ACT)).build();
        RegisterDraft d = Drafts.lawfulWith(Drafts.health()).withPurposes(List.of(claims));
        return d.withRightsOffered(d.rightsOffered().removeAll(List.of(removed)));
    }

    @Test
    void explicitConsentAsThe9_2aConditionGivesPortabilityAndItsWithdrawalMustBeTold() {
        assertEquals(List.empty(), check(explicitConsentAsTheCondition()));
        // 20(1)(a) names consent under 9(2)(a), even on a basis that gives no portability itself
        Finding portability = only(check(explicitConsentAsTheCondition(DataSubjectRight.PORTABILITY)));
        assertFinding(GdprRule.R13_RIGHTS_INFORMATION, Severity.ERROR, Citation.avg("13(2)(b)"), portability);
        assertTrue(portability.message().contains("portability"), portability.message());
        // 13(2)(c): "where the processing is based on point (a) of Article 6(1) or point (a) of Article 9(2)"
        assertFinding(GdprRule.R13_RIGHTS_INFORMATION, Severity.ERROR, Citation.avg("13(2)(c)"),
                only(check(explicitConsentAsTheCondition(DataSubjectRight.WITHDRAW_CONSENT))));
    }

    @Test
    void consentAnotherLawRequiresNeedNotBeWithdrawableNorFreeOfTheService() {
        // medical secrecy consent: 7(3) and 7(4) are GDPR consent's; only 4(11)'s definition is shared
        ConsentTerms secrecy = new ConsentTerms(ConsentKind.OTHER_LAW, Fact.NO, Fact.NO,
                ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.YES, Option.some("BW 7:457"), Option.none(),
                Option.none(), Option.none());
        RegisterDraft d = with(Drafts.purpose("claims").consent(secrecy).build())
                .withRightsOffered(Drafts.lawful().rightsOffered().remove(DataSubjectRight.WITHDRAW_CONSENT));
        assertEquals(List.empty(), check(d));
        // the same terms as GDPR consent: both rules speak
        ConsentTerms gdpr = new ConsentTerms(ConsentKind.BASIS, Fact.NO, Fact.NO,
                ConsentMechanism.CLEAR_AFFIRMATIVE_ACT, Fact.YES, Option.none(), Option.none(), Option.none(),
                Option.none());
        List<Finding> findings = check(with(Drafts.purpose("news").bases(LawfulBasis.CONSENT).consent(gdpr).build()));
        assertEquals(List.of(Citation.avg("7(3)"), Citation.avg("7(4)")), findings.map(Finding::citation),
                findings::toString);
    }

    @Test
    void explicitConsentForHealthDataIsNoConsentToTrackingPixels() {
        Purpose claims = Drafts.purpose("claims").data("health").special(SpecialCategoryCondition.EXPLICIT_CONSENT)
                .consent(Drafts.consent(ConsentKind.EXPLICIT_CONDITION, Fact.YES, Fact.YES,
                        ConsentMechanism.CLEAR_AFFIRMATIVE_ACT))
                .tracking(TrackingTechnique.TRACKING_PIXELS).build();
        List<Finding> findings = check(Drafts.lawfulWith(Drafts.health()).withPurposes(List.of(claims)));
        assertTrue(findings.exists(f -> f.rule() == DutchRule.NL1_TRACKING_CONSENT), findings::toString);
    }

    private static List<Finding> withRule(Option<Period> duration, Option<Period> minimum, Option<Period> maximum) {
        RetentionRule rule = new RetentionRule("window", "a window", Option.some(RetentionTrigger.RECORDED),
                Option.none(), duration, minimum, maximum, RetentionAction.ERASE, Option.none(), false, Option.none());
        return check(Drafts.lawful().withRetentionRules(Drafts.lawful().retentionRules().append(rule)));
    }

    @Test
    void aDurationEqualToItsMaximumAndAMinimumEqualToItsMaximumAreLawful() {
        Option<Period> year = Option.some(Period.ofYears(1));
        assertEquals(List.empty(), withRule(Option.some(Period.ofMonths(12)), Option.none(), year));
        assertEquals(List.empty(), withRule(Option.none(), Option.some(Period.ofMonths(12)), year));
        // one day more is one too many
        assertFinding(GdprRule.R6_RETENTION, Severity.ERROR, Citation.avg("5(1)(e)"),
                only(withRule(Option.some(Period.ofYears(1).plusDays(1)), Option.none(), year)));
    }

    @Test
    void aRuleGivingOnlyACriterionIsAWarningCiting13_2_aAndARuleWithAnEventButNoEndAnError() {
        // BoursoBank §3.4: "pendant la durée légale"
        assertFinding(GdprRule.R6_RETENTION, Severity.WARNING, Citation.avg("13(2)(a)"), only(check(Drafts.lawful()
                .withRetentionRules(Drafts.lawful().retentionRules().append(new RetentionRule("legal", "la durée"
                        + " légale", Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                        RetentionAction.ERASE, Option.none(), false, Option.none()))))));
        assertFinding(GdprRule.R6_RETENTION, Severity.ERROR, Citation.avg("5(1)(e)"),
                only(withRule(Option.none(), Option.some(Period.ofYears(2)), Option.none())));
    }

    private static List<Finding> publicAuthorityTransferringOn(TransferSafeguard tool) {
        return check(Drafts.lawful().withController(Drafts.publicAuthority(Option.some("fg@example.org")))
                .withTransfers(List.of(new Transfer("t1", Option.none(), "US", Option.some(tool), Option.none(),
                        Option.none()))));
    }

    @Test
    void article49_3ClosesPoints1aTo1cAndTheCompellingInterestsClauseToPublicPowersButNotTheOthers() {
        for (TransferSafeguard closed : List.of(TransferSafeguard.DEROGATION_EXPLICIT_CONSENT,
                TransferSafeguard.DEROGATION_CONTRACT_WITH_SUBJECT,
                TransferSafeguard.DEROGATION_CONTRACT_IN_SUBJECT_INTEREST,
                TransferSafeguard.COMPELLING_LEGITIMATE_INTERESTS)) {
            assertTrue(publicAuthorityTransferringOn(closed).exists(f -> f.citation().equals(Citation.avg("49(3)"))),
                    closed::toString);
        }
        for (TransferSafeguard open : List.of(TransferSafeguard.DEROGATION_PUBLIC_INTEREST,
                TransferSafeguard.DEROGATION_LEGAL_CLAIMS, TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)) {
            assertFalse(publicAuthorityTransferringOn(open).exists(f -> f.citation().equals(Citation.avg("49(3)"))),
                    open::toString);
        }
    }

    @Test
    void toolsOfferedOnlyAsUntiedAlternativesAreAWarningNamingThem() {
        // BoursoBank §6: "soit ... décisions d'adéquation ... soit ... Clauses contractuelles types ... ou ... BCR"
        Finding f = only(check(Drafts.lawful().withTransfers(List.of(new Transfer("t1", Option.none(), "India",
                Option.none(), Option.some("soit ... soit"), List.of(TransferSafeguard.ADEQUACY_DECISION,
                TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES), Option.none())))));
        assertFinding(GdprRule.R8_TRANSFER_SAFEGUARD, Severity.WARNING, Citation.avg("13(1)(f)"), f);
        assertTrue(f.message().contains("AVG 45 or AVG 46(2)(c)"), f.message());
    }
}
