package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Purpose;
import io.vavr.collection.HashSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named examples of restrictions (AVG 18) and objections (21) on a subject's state. */
class SubjectStateTest {

    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");
    private static final Purpose NEWSLETTER = Drafts.consentPurpose("newsletter");
    private static final Purpose ADMINISTRATION = Drafts.contractPurpose("p1");
    private static final Purpose ANALYTICS = Drafts.legitimateInterestsPurpose("analytics");
    private static final Purpose MARKETING = Drafts.directMarketingPurpose("marketing");

    private static final Instant FROM = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LIFT = Instant.parse("2026-02-10T14:30:00Z");

    private static <T> T right(Either<Rejection, T> result) {
        assertTrue(result.isRight(), () -> "expected success, got " + result);
        return result.get();
    }

    private static Rejection left(Either<Rejection, ?> result) {
        assertTrue(result.isLeft(), () -> "expected a rejection, got " + result);
        return result.getLeft();
    }

    private static SubjectState restricted() {
        return right(SubjectState.empty(SUBJECT).restrict("r1", RestrictionGround.ACCURACY_CONTESTED, FROM));
    }

    private static Objection only(SubjectState state) {
        assertEquals(1, state.objections().size(), state.objections()::toString);
        return state.objections().head();
    }

    // --- restrictions (18) ---

    @Test
    void aPlacedRestrictionIsActiveFromItsStartInclusive() {
        Restriction r = restricted().restrictions().single();
        assertEquals("r1", r.id());
        assertEquals(RestrictionGround.ACCURACY_CONTESTED, r.ground());
        assertEquals(Option.none(), r.liftedAt());
        assertFalse(r.activeAt(FROM.minusNanos(1)));
        assertTrue(r.activeAt(FROM));
        assertTrue(r.activeAt(FROM.plusSeconds(86_400L * 365)));
    }

    @Test
    void aLiftedRestrictionIsNotActiveAtOrAfterTheLiftingInstant() {
        SubjectState lifted = right(restricted().lift("r1", LIFT));
        Restriction r = lifted.restrictions().single();
        assertEquals(Option.some(LIFT), r.liftedAt());
        assertTrue(r.activeAt(FROM));
        assertTrue(r.activeAt(LIFT.minusNanos(1)));
        assertFalse(r.activeAt(LIFT));
        assertFalse(r.activeAt(LIFT.plusSeconds(1)));
        assertFalse(r.activeAt(FROM.minusNanos(1)));
    }

    @Test
    void aRestrictionIdCannotBeUsedTwice() {
        Rejection r = left(restricted().restrict("r1", RestrictionGround.UNLAWFUL_PROCESSING, LIFT));
        assertEquals(Citation.avg("18(1)(b)"), r.citation());
    }

    @Test
    void liftingAnUnknownRestrictionIsRejected() {
        Rejection r = left(restricted().lift("r2", LIFT));
        assertEquals(Citation.avg("18(1)"), r.citation());
    }

    @Test
    void liftingARestrictionThatIsNoLongerActiveIsRejected() {
        SubjectState lifted = right(restricted().lift("r1", LIFT));
        Rejection r = left(lifted.lift("r1", LIFT.plusSeconds(60)));
        assertEquals(Citation.avg("18(3)"), r.citation());
        assertEquals(Option.some(LIFT), lifted.restrictions().single().liftedAt());
    }

    @Test
    void liftingARestrictionBeforeItStartsIsRejected() {
        Rejection r = left(restricted().lift("r1", FROM.minusSeconds(1)));
        assertEquals(Citation.avg("18(3)"), r.citation());
    }

    @Test
    void consentDespiteARestrictionIsRecordedForThePurposeOnlyWhileItIsActive() {
        SubjectState consented = right(restricted().consentDespiteRestriction("r1", "p1", LIFT));
        assertEquals(HashSet.of("p1"), consented.restrictions().single().consentedPurposes());

        SubjectState lifted = right(restricted().lift("r1", LIFT));
        assertEquals(Citation.avg("18(3)"),
                left(lifted.consentDespiteRestriction("r1", "p1", LIFT.plusSeconds(1))).citation());
        assertEquals(Citation.avg("18(1)"),
                left(restricted().consentDespiteRestriction("r9", "p1", LIFT)).citation());
    }

    // --- objections (21) ---

    @Test
    void objectingToAConsentPurposeIsRejectedCitingArticle21_1AndPointsToWithdrawal() {
        Rejection r = left(SubjectState.empty(SUBJECT).object(NEWSLETTER, FROM));
        assertEquals(Citation.avg("21(1)"), r.citation());
        assertTrue(r.reason().contains("7(3)"), r.reason());
    }

    @Test
    void objectingToAContractPurposeIsRejectedCitingArticle21_1() {
        Rejection r = left(SubjectState.empty(SUBJECT).object(ADMINISTRATION, FROM));
        assertEquals(Citation.avg("21(1)"), r.citation());
        assertTrue(r.reason().contains("AVG 6(1)(b)"), r.reason());
    }

    @Test
    void anObjectionToALegitimateInterestsPurposeIsPendingOnReceipt() {
        SubjectState state = right(SubjectState.empty(SUBJECT).object(ANALYTICS, FROM));
        Objection o = only(state);
        assertEquals("analytics", o.purposeId());
        assertEquals(FROM, o.received());
        assertFalse(o.directMarketing());
        assertEquals(new Objection.Outcome.Pending(), o.outcome());
        assertEquals(Option.none(), o.upheldFrom());
        assertFalse(o.stopsProcessingAt(FROM));
        assertFalse(o.stopsProcessingAt(LIFT));
    }

    @Test
    void aSecondObjectionWhileOneIsPendingIsRejected() {
        SubjectState state = right(SubjectState.empty(SUBJECT).object(ANALYTICS, FROM));
        assertEquals(Citation.avg("21(1)"), left(state.object(ANALYTICS, LIFT)).citation());
    }

    @Test
    void anUpheldObjectionStopsProcessingFromTheUpholdInstant() {
        SubjectState state = right(right(SubjectState.empty(SUBJECT).object(ANALYTICS, FROM)).uphold("analytics", LIFT));
        Objection o = only(state);
        assertEquals(new Objection.Outcome.Upheld(LIFT), o.outcome());
        assertEquals(Option.some(LIFT), o.upheldFrom());
        assertFalse(o.stopsProcessingAt(LIFT.minusNanos(1)));
        assertTrue(o.stopsProcessingAt(LIFT));
        assertTrue(o.stopsProcessingAt(LIFT.plusSeconds(86_400)));
    }

    @Test
    void anOverriddenObjectionNeverStopsProcessing() {
        SubjectState state = right(right(SubjectState.empty(SUBJECT).object(ANALYTICS, FROM))
                .override("analytics", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS, LIFT));
        Objection o = only(state);
        assertEquals(new Objection.Outcome.Overridden(LIFT, OverrideGround.COMPELLING_LEGITIMATE_GROUNDS), o.outcome());
        assertEquals(Option.none(), o.upheldFrom());
        assertFalse(o.stopsProcessingAt(LIFT));
        assertFalse(o.stopsProcessingAt(LIFT.plusSeconds(86_400)));
    }

    @Test
    void anObjectionCanBeDecidedOnlyOnce() {
        SubjectState upheld = right(right(SubjectState.empty(SUBJECT).object(ANALYTICS, FROM)).uphold("analytics", LIFT));
        assertEquals(Citation.avg("21(1)"),
                left(upheld.override("analytics", OverrideGround.LEGAL_CLAIMS, LIFT.plusSeconds(1))).citation());
        assertEquals(Citation.avg("21(1)"), left(upheld.uphold("analytics", LIFT.plusSeconds(1))).citation());
    }

    @Test
    void decidingWithoutAnObjectionIsRejectedCitingArticle21_1() {
        assertEquals(Citation.avg("21(1)"), left(SubjectState.empty(SUBJECT).uphold("analytics", LIFT)).citation());
        assertEquals(Citation.avg("21(1)"), left(SubjectState.empty(SUBJECT)
                .override("analytics", OverrideGround.LEGAL_CLAIMS, LIFT)).citation());
    }

    @Test
    void anObjectionToDirectMarketingIsUpheldOnReceipt() {
        SubjectState state = right(SubjectState.empty(SUBJECT).object(MARKETING, FROM));
        Objection o = only(state);
        assertTrue(o.directMarketing());
        assertEquals(new Objection.Outcome.Upheld(FROM), o.outcome());
        assertTrue(o.stopsProcessingAt(FROM));
        assertFalse(o.stopsProcessingAt(FROM.minusNanos(1)));
    }

    @Test
    void anObjectionToDirectMarketingCannotBeOverriddenCitingArticle21_3() {
        SubjectState state = right(SubjectState.empty(SUBJECT).object(MARKETING, FROM));
        Rejection r = left(state.override("marketing", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS, LIFT));
        assertEquals(Citation.avg("21(3)"), r.citation());
        assertEquals(Citation.avg("21(3)"),
                left(state.override("marketing", OverrideGround.LEGAL_CLAIMS, LIFT)).citation());
        assertEquals(new Objection.Outcome.Upheld(FROM), only(state).outcome());
    }

    // --- versions ---

    @Test
    void versionIncrementsOncePerChange() {
        SubjectState s = SubjectState.empty(SUBJECT);
        assertEquals(0, s.version());
        s = right(s.restrict("r1", RestrictionGround.OBJECTION_PENDING, FROM));
        assertEquals(1, s.version());
        s = right(s.consentDespiteRestriction("r1", "p1", FROM));
        assertEquals(2, s.version());
        s = right(s.lift("r1", LIFT));
        assertEquals(3, s.version());
        s = right(s.object(ANALYTICS, LIFT));
        assertEquals(4, s.version());
        s = right(s.uphold("analytics", LIFT));
        assertEquals(5, s.version());
        s = right(s.object(MARKETING, LIFT));
        assertEquals(6, s.version());
        s = right(s.restrict("r2", RestrictionGround.UNLAWFUL_PROCESSING, LIFT));
        assertEquals(7, s.version());
    }

    @Test
    void subjectStateDoesNotPrintTheSubjectId() {
        assertFalse(restricted().toString().contains("relation-4711"));
    }

    @Test
    void overridingAnObjectionToDirectMarketingIsRefusedUnder21_3AndOneThatIsNotPendingUnder21_1() {
        SubjectState marketing = right(SubjectState.empty(SUBJECT).object(MARKETING, FROM));
        Rejection directMarketing = left(marketing.override("marketing", OverrideGround.LEGAL_CLAIMS, LIFT));
        assertEquals(Citation.avg("21(3)"), directMarketing.citation());
        assertEquals("an objection to direct marketing is upheld on receipt and cannot be overridden",
                directMarketing.reason());
        Rejection notPending = left(SubjectState.empty(SUBJECT).override("analytics", OverrideGround.LEGAL_CLAIMS, LIFT));
        assertEquals(Citation.avg("21(1)"), notPending.citation());
        assertEquals("no objection to this purpose is pending", notPending.reason());
    }
}
