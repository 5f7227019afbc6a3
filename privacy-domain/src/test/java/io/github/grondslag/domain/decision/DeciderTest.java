package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named examples of the decision (docs/decision.md) on {@link Drafts#decisionRegister()}. */
class DeciderTest {

    private static final Register REGISTER = Drafts.decisionRegister();
    private static final Decider DECIDER = Decider.of(REGISTER);
    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");
    private static final SubjectState NOTHING = SubjectState.empty(SUBJECT);

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-10T14:30:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T08:15:00Z");
    private static final Instant T3 = Instant.parse("2026-04-20T16:45:00Z");

    private static Operation use(String purposeId, String... data) {
        return Operation.use(SUBJECT, "partners", purposeId, List.of(data));
    }

    private static Decision decide(Operation op, SubjectState state, List<ConsentLedger> consents, Instant at) {
        return DECIDER.decide(op, state, consents, at);
    }

    private static Decision decide(Operation op, SubjectState state, Instant at) {
        return decide(op, state, List.empty(), at);
    }

    private static List<Rejection> reasons(Decision decision) {
        return assertInstanceOf(Decision.Denied.class, decision, "expected a denial").reasons();
    }

    private static List<Citation> citations(Decision decision) {
        return reasons(decision).map(Rejection::citation);
    }

    private static void assertPermitted(Decision decision) {
        assertSame(Decision.PERMITTED, decision, decision::toString);
    }

    private static <T> T right(Either<Rejection, T> result) {
        assertTrue(result.isRight(), () -> "expected success, got " + result);
        return result.get();
    }

    private static ConsentLedger consentGiven(String purposeId, Instant at) {
        return right(ConsentLedger.empty(SUBJECT, purposeId).give(REGISTER.purpose(purposeId).get(), at,
                REGISTER.statementVersion(), Channel.WEB_FORM, "form-81"));
    }

    private static SubjectState restrictedFrom(Instant from) {
        return right(NOTHING.restrict("r1", RestrictionGround.ACCURACY_CONTESTED, from));
    }

    // --- the register ---

    @Test
    void aDeclaredProcessingIsPermittedWithTheOnePermittedInstance() {
        Decision d = decide(use("p1", "contact"), NOTHING, T0);
        assertPermitted(d);
        assertTrue(d.isPermitted());
    }

    @Test
    void aPurposeNotInTheRegisterIsDeniedCitingArticle5_1_b() {
        Decision d = decide(use("profiling", "contact"), NOTHING, T0);
        assertEquals(List.of(Citation.avg("5(1)(b)")), citations(d));
        // the caller's purpose id is not repeated: it could be anything
        assertEquals("the purpose is not in the register of processing", reasons(d).head().reason());
    }

    @Test
    void anUndeclaredSubjectCategoryIsDeniedCitingArticle5_1_b() {
        Operation op = Operation.use(SUBJECT, "customers", "p1", List.of("contact"));
        assertEquals(List.of(Citation.avg("5(1)(b)")), citations(decide(op, NOTHING, T0)));
    }

    @Test
    void anUndeclaredDataCategoryIsDeniedCitingArticle5_1_c() {
        Decision d = decide(use("p1", "contact", "bank"), NOTHING, T0);
        assertEquals(List.of(Citation.avg("5(1)(c)")), citations(d));
        assertTrue(reasons(d).head().reason().contains("'bank'"), reasons(d).head().reason());
    }

    @Test
    void everyFailingReasonIsReturnedTogetherInOneDenial() {
        Operation op = Operation.use(SUBJECT, "customers", "p1", List.of("contact", "bank", "health"));
        Decision d = decide(op, NOTHING, T0);
        // the health data the operation uses are undeclared (5(1)(c)) and, p1 naming no condition of
        // 9(2), forbidden as well (9(1)): art. 9 applies to the data the operation uses
        assertEquals(List.of(Citation.avg("5(1)(b)"), Citation.avg("5(1)(c)"), Citation.avg("5(1)(c)"),
                Citation.avg("9(1)")), citations(d));
        assertTrue(reasons(d).get(1).reason().contains("'bank'"));
        assertTrue(reasons(d).get(2).reason().contains("'health'"));
        assertTrue(reasons(d).get(3).reason().contains("health"));
    }

    @Test
    void reasonsOfDifferentKindsAreReturnedTogether() {
        // a consent purpose, asked for an undeclared subject and data category, without consent,
        // while the subject's data are restricted
        Operation op = Operation.use(SUBJECT, "customers", "newsletter", List.of("contact", "bank"));
        Decision d = decide(op, restrictedFrom(T0), T1);
        assertEquals(List.of(Citation.avg("5(1)(b)"), Citation.avg("5(1)(c)"), Citation.avg("6(1)(a)"),
                Citation.avg("18(1)(a)")), citations(d));
    }

    @Test
    void aPurposeWithoutALawfulBasisIsDeniedCitingArticle6_1() {
        assertEquals(List.of(Citation.avg("6(1)")), citations(decide(use("no-basis", "contact"), NOTHING, T0)));
    }

    // --- consent (6(1)(a), 7(3)) ---

    @Test
    void aConsentPurposeWithoutConsentIsDeniedCitingArticle6_1_a() {
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(decide(use("newsletter", "contact"), NOTHING, T1)));
    }

    @Test
    void aConsentPurposeWithConsentInForceIsPermitted() {
        List<ConsentLedger> consents = List.of(consentGiven("newsletter", T0));
        assertPermitted(decide(use("newsletter", "contact"), NOTHING, consents, T0));
        assertPermitted(decide(use("newsletter", "contact"), NOTHING, consents, T1));
    }

    @Test
    void consentCountsOnlyFromTheInstantItIsGiven() {
        List<ConsentLedger> consents = List.of(consentGiven("newsletter", T1));
        assertEquals(List.of(Citation.avg("6(1)(a)")),
                citations(decide(use("newsletter", "contact"), NOTHING, consents, T1.minusNanos(1))));
    }

    @Test
    void consentForAnotherPurposeDoesNotCount() {
        List<ConsentLedger> consents = List.of(consentGiven("offers", T0));
        assertEquals(List.of(Citation.avg("6(1)(a)")),
                citations(decide(use("newsletter", "contact"), NOTHING, consents, T1)));
    }

    @Test
    void afterWithdrawalDeniedButBeforeTheWithdrawalStillPermitted() {
        ConsentLedger withdrawn = right(consentGiven("newsletter", T0).withdraw(T2, Channel.EMAIL_LINK));
        List<ConsentLedger> consents = List.of(withdrawn);

        assertEquals(List.of(Citation.avg("6(1)(a)")),
                citations(decide(use("newsletter", "contact"), NOTHING, consents, T2)));
        assertEquals(List.of(Citation.avg("6(1)(a)")),
                citations(decide(use("newsletter", "contact"), NOTHING, consents, T3)));
        // not retroactive (7(3)): processing before the withdrawal stays lawful
        assertPermitted(decide(use("newsletter", "contact"), NOTHING, consents, T1));
        assertPermitted(decide(use("newsletter", "contact"), NOTHING, consents, T2.minusNanos(1)));
    }

    @Test
    void aContractPurposeThatCollectsConsentHonoursItsWithdrawal() {
        ConsentLedger withdrawn = right(consentGiven("offers", T0).withdraw(T2, Channel.EMAIL_LINK));
        assertPermitted(decide(use("offers", "contact"), NOTHING, List.of(withdrawn), T1));
        assertEquals(List.of(Citation.avg("6(1)(a)")),
                citations(decide(use("offers", "contact"), NOTHING, List.of(withdrawn), T2)));
    }

    // --- special and criminal data (9, 10) ---

    @Test
    void specialDataWithoutA9_2ConditionIsDeniedCitingArticle9_1() {
        Decision d = decide(use("care", "contact", "health"), NOTHING, T0);
        assertEquals(List.of(Citation.avg("9(1)")), citations(d));
        assertTrue(reasons(d).head().reason().contains("health"), reasons(d).head().reason());
    }

    @Test
    void anOperationUsingOnlyOrdinaryDataOfAPurposeThatAlsoDeclaresHealthDataIsPermitted() {
        // Zorggenoot answers a carer's question with contact data only: art. 9(1) forbids processing
        // the health data, not every operation of a purpose that sometimes includes them
        assertPermitted(decide(use("care", "contact"), NOTHING, T0));
    }

    @Test
    void anOperationOfThatPurposeUsingTheHealthDataIsDeniedCitingArticle9_1() {
        Decision d = decide(use("care", "health"), NOTHING, T0);
        assertEquals(List.of(Citation.avg("9(1)")), citations(d));
        assertTrue(reasons(d).head().reason().contains("health"), reasons(d).head().reason());
    }

    @Test
    void anOperationUsingOnlyOrdinaryDataOfAPurposeThatAlsoDeclaresCriminalDataIsPermitted() {
        assertPermitted(decide(use("fraud", "contact"), NOTHING, T0));
    }

    @Test
    void anOperationOfThatPurposeUsingTheCriminalDataIsDeniedCitingArticle10() {
        Decision d = decide(use("fraud", "criminal"), NOTHING, T0);
        assertEquals(List.of(Citation.avg("10")), citations(d));
        assertTrue(reasons(d).head().reason().contains("criminal"), reasons(d).head().reason());
    }

    @Test
    void specialDataWithA9_2ConditionIsPermitted() {
        assertPermitted(decide(use("care-lawful", "contact", "health"), NOTHING, T0));
    }

    @Test
    void criminalDataWithoutAuthorisationIsDeniedCitingArticle10() {
        assertEquals(List.of(Citation.avg("10")), citations(decide(use("fraud", "contact", "criminal"), NOTHING, T0)));
    }

    @Test
    void criminalDataWithAnAuthorisationIsPermitted() {
        assertPermitted(decide(use("fraud-lawful", "contact", "criminal"), NOTHING, T0));
    }

    // --- restriction (18) ---

    @Test
    void anActiveRestrictionDeniesUseCitingItsGround() {
        Decision d = decide(use("p1", "contact"), restrictedFrom(T1), T1);
        assertEquals(List.of(Citation.avg("18(1)(a)")), citations(d));
        assertPermitted(decide(use("p1", "contact"), restrictedFrom(T1), T1.minusNanos(1)));
    }

    @Test
    void anActiveRestrictionPermitsStorage() {
        assertPermitted(decide(use("p1", "contact").asStorage(), restrictedFrom(T0), T1));
    }

    @Test
    void anActiveRestrictionPermitsUseForLegalClaims() {
        assertPermitted(decide(use("p1", "contact").relyingOn(RestrictionException.LEGAL_CLAIMS),
                restrictedFrom(T0), T1));
    }

    @Test
    void anActiveRestrictionPermitsUseForTheProtectionOfOthers() {
        assertPermitted(decide(use("p1", "contact").relyingOn(RestrictionException.PROTECTION_OF_OTHERS),
                restrictedFrom(T0), T1));
    }

    @Test
    void anActiveRestrictionPermitsUseForAnImportantPublicInterest() {
        assertPermitted(decide(use("p1", "contact").relyingOn(RestrictionException.IMPORTANT_PUBLIC_INTEREST),
                restrictedFrom(T0), T1));
    }

    @Test
    void relyingOnTheSubjectsConsentWithoutItIsDenied() {
        Operation op = use("p1", "contact").relyingOn(RestrictionException.SUBJECT_CONSENT);
        Decision d = decide(op, restrictedFrom(T0), T1);
        assertEquals(List.of(Citation.avg("18(1)(a)")), citations(d));
        assertTrue(reasons(d).head().reason().contains("has not consented"), reasons(d).head().reason());
    }

    @Test
    void relyingOnTheSubjectsConsentIsPermittedWhenTheRestrictionRecordsItForThatPurpose() {
        Operation op = use("p1", "contact").relyingOn(RestrictionException.SUBJECT_CONSENT);
        SubjectState consented = right(restrictedFrom(T0).consentDespiteRestriction("r1", "p1", T1));
        assertPermitted(decide(op, consented, T1));
    }

    @Test
    void theSubjectsConsentDespiteARestrictionCountsOnlyForItsPurpose() {
        Operation op = use("p1", "contact").relyingOn(RestrictionException.SUBJECT_CONSENT);
        SubjectState consentedElsewhere = right(restrictedFrom(T0).consentDespiteRestriction("r1", "analytics", T1));
        assertEquals(List.of(Citation.avg("18(1)(a)")), citations(decide(op, consentedElsewhere, T1)));
    }

    @Test
    void afterLiftingTheRestrictionUseIsPermitted() {
        SubjectState lifted = right(restrictedFrom(T0).lift("r1", T2));
        assertEquals(List.of(Citation.avg("18(1)(a)")),
                citations(decide(use("p1", "contact"), lifted, T2.minusNanos(1))));
        assertPermitted(decide(use("p1", "contact"), lifted, T2));
        assertPermitted(decide(use("p1", "contact"), lifted, T3));
    }

    @Test
    void everyActiveRestrictionIsAReason() {
        SubjectState twice = right(restrictedFrom(T0).restrict("r2", RestrictionGround.OBJECTION_PENDING, T1));
        assertEquals(List.of(Citation.avg("18(1)(a)"), Citation.avg("18(1)(d)")),
                citations(decide(use("p1", "contact"), twice, T2)));
    }

    // --- objection (21) ---

    @Test
    void anUpheldObjectionDeniesFromTheUpholdInstantCitingArticle21_1() {
        SubjectState upheld = right(right(NOTHING.object(REGISTER.purpose("analytics").get(), T0))
                .uphold("analytics", T2));
        assertPermitted(decide(use("analytics", "contact"), upheld, T2.minusNanos(1)));
        Decision d = decide(use("analytics", "contact"), upheld, T2);
        assertEquals(List.of(Citation.avg("21(1)")), citations(d));
        assertEquals(List.of(Citation.avg("21(1)")), citations(decide(use("analytics", "contact"), upheld, T3)));
    }

    @Test
    void aPendingObjectionDoesNotStopProcessing() {
        SubjectState pending = right(NOTHING.object(REGISTER.purpose("analytics").get(), T0));
        assertPermitted(decide(use("analytics", "contact"), pending, T1));
    }

    @Test
    void anObjectionStopsOnlyItsOwnPurpose() {
        SubjectState upheld = right(right(NOTHING.object(REGISTER.purpose("analytics").get(), T0))
                .uphold("analytics", T1));
        assertPermitted(decide(use("p1", "contact"), upheld, T2));
    }

    @Test
    void anObjectionToDirectMarketingDeniesFromReceiptCitingArticle21_3() {
        SubjectState objected = right(NOTHING.object(REGISTER.purpose("marketing").get(), T1));
        assertPermitted(decide(use("marketing", "contact"), objected, T1.minusNanos(1)));
        assertEquals(List.of(Citation.avg("21(3)")), citations(decide(use("marketing", "contact"), objected, T1)));
    }

    @Test
    void anOverriddenObjectionPermits() {
        SubjectState overridden = right(right(NOTHING.object(REGISTER.purpose("analytics").get(), T0))
                .override("analytics", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS, T1));
        assertPermitted(decide(use("analytics", "contact"), overridden, T1));
        assertPermitted(decide(use("analytics", "contact"), overridden, T3));
    }

    @Test
    void theDeciderNeedsEveryArgument() {
        assertThrows(NullPointerException.class,
                () -> DECIDER.decide(use("p1", "contact"), NOTHING, List.empty(), null));
        assertThrows(NullPointerException.class,
                () -> DECIDER.decide(null, NOTHING, List.empty(), T0));
    }

    @Test
    void aDenialPrintsNoSubjectId() {
        Decision d = decide(Operation.use(SUBJECT, "customers", "newsletter", List.of("bank")),
                restrictedFrom(T0), T1);
        assertFalse(d.toString().contains("relation-4711"), d::toString);
    }
}
