package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.AutomatedDecisionGround;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named examples of the consent ledger (AVG 7, docs/decision.md). */
class ConsentLedgerTest {

    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");
    private static final Purpose NEWSLETTER = Drafts.consentPurpose("newsletter");
    private static final Option<LocalDate> VERSION = Option.some(LocalDate.of(2025, 12, 22));

    private static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-10T14:30:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T08:15:00Z");

    private static ConsentLedger empty() {
        return ConsentLedger.empty(SUBJECT, NEWSLETTER.id());
    }

    private static <T> T right(Either<Rejection, T> result) {
        assertTrue(result.isRight(), () -> "expected success, got " + result);
        return result.get();
    }

    private static Rejection left(Either<Rejection, ?> result) {
        assertTrue(result.isLeft(), () -> "expected a rejection, got " + result);
        return result.getLeft();
    }

    private static ConsentLedger givenAt(Instant at) {
        return right(empty().give(NEWSLETTER, at, VERSION, Channel.WEB_FORM, "form-81"));
    }

    @Test
    void statusFoldsFromNeverGivenThroughGivenAndWithdrawnToGivenAgain() {
        ConsentLedger ledger = empty();
        assertEquals(ConsentStatus.NEVER_GIVEN, ledger.statusAt(T1));

        ledger = right(ledger.give(NEWSLETTER, T1, VERSION, Channel.WEB_FORM, "form-81"));
        assertEquals(ConsentStatus.NEVER_GIVEN, ledger.statusAt(T1.minusSeconds(1)));
        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T1));

        ledger = right(ledger.withdraw(T2, Channel.EMAIL_LINK));
        assertEquals(ConsentStatus.WITHDRAWN, ledger.statusAt(T2));

        ledger = right(ledger.give(NEWSLETTER, T3, VERSION, Channel.PORTAL, "portal-9"));
        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T3));

        // the whole history stays readable at every instant
        assertEquals(ConsentStatus.NEVER_GIVEN, ledger.statusAt(T1.minusNanos(1)));
        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T1.plusSeconds(60)));
        assertEquals(ConsentStatus.WITHDRAWN, ledger.statusAt(T3.minusNanos(1)));
        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T3.plusSeconds(3600)));
    }

    @Test
    void aGivenEventRecordsTheStatementVersionChannelAndEvidence() {
        ConsentLedger ledger = givenAt(T1);
        assertEquals(List.of(new ConsentEvent.Given(T1, VERSION, Channel.WEB_FORM, "form-81")),
                ledger.events());
        assertEquals(SUBJECT, ledger.subject());
        assertEquals("newsletter", ledger.purposeId());
    }

    @Test
    void withdrawalIsNotRetroactive() {
        ConsentLedger ledger = right(givenAt(T1).withdraw(T2, Channel.EMAIL_LINK));

        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T2.minusNanos(1)));
        assertTrue(ledger.validAt(T2.minusNanos(1)));
        assertTrue(ledger.validAt(T1));
        assertEquals(ConsentStatus.WITHDRAWN, ledger.statusAt(T2));
        assertFalse(ledger.validAt(T2));
        assertFalse(ledger.validAt(T3));
    }

    @Test
    void withdrawingConsentThatWasNeverGivenIsRejectedCitingArticle7_3() {
        Rejection r = left(empty().withdraw(T1, Channel.EMAIL));
        assertEquals(Citation.avg("7(3)"), r.citation());
        assertTrue(r.reason().contains("not given"), r.reason());
    }

    @Test
    void withdrawingTwiceIsRejectedCitingArticle7_3() {
        ConsentLedger withdrawn = right(givenAt(T1).withdraw(T2, Channel.EMAIL_LINK));
        Rejection r = left(withdrawn.withdraw(T3, Channel.PHONE));
        assertEquals(Citation.avg("7(3)"), r.citation());
        assertTrue(r.reason().contains("already withdrawn"), r.reason());
        assertEquals(2, withdrawn.version());
    }

    @Test
    void anEventEarlierThanTheLastIsRejectedCitingArticle7_1() {
        ConsentLedger ledger = givenAt(T2);

        Rejection earlierGift = left(ledger.give(NEWSLETTER, T1, VERSION, Channel.POST, "letter-3"));
        assertEquals(Citation.avg("7(1)"), earlierGift.citation());

        Rejection earlierWithdrawal = left(ledger.withdraw(T2.minusNanos(1), Channel.POST));
        assertEquals(Citation.avg("7(1)"), earlierWithdrawal.citation());

        assertEquals(1, ledger.version());
    }

    @Test
    void givingConsentForAPurposeThatNeitherRestsOnNorCollectsConsentIsRejectedCitingArticle6_1_a() {
        Purpose administration = Drafts.contractPurpose("p1");
        Rejection r = left(ConsentLedger.empty(SUBJECT, "p1")
                .give(administration, T1, VERSION, Channel.WEB_FORM, "form-81"));
        assertEquals(Citation.avg("6(1)(a)"), r.citation());
        assertTrue(r.reason().contains("AVG 6(1)(b)"), r.reason());
    }

    @Test
    void aContractPurposeThatCollectsConsentAcceptsConsent() {
        // Zorggenoot "Om aanbiedingen te kunnen doen": a contract basis, yet consent is asked
        Purpose offers = Drafts.contractPurposeCollectingConsent("offers");
        ConsentLedger ledger = right(ConsentLedger.empty(SUBJECT, "offers")
                .give(offers, T1, VERSION, Channel.WEB_FORM, "form-12"));
        assertEquals(ConsentStatus.GIVEN, ledger.statusAt(T1));
        assertTrue(ConsentLedger.requiresConsent(offers));
        assertFalse(ConsentLedger.requiresConsent(Drafts.contractPurpose("p1")));
    }

    @Test
    void anAutomatedDecisionOnExplicitConsentMakesItsPurposeRecordConsentAndOneOnAContractDoesNot() {
        // 22(2)(c): the decision rests on the subject's explicit consent, which must then be recorded
        Purpose onConsent = Drafts.purpose("scoring").decision(Drafts.automatedDecision(
                AutomatedDecisionGround.EXPLICIT_CONSENT, Fact.YES)).build();
        Purpose onContract = Drafts.purpose("scoring").decision(Drafts.automatedDecision(
                AutomatedDecisionGround.CONTRACT, Fact.YES)).build();
        assertTrue(ConsentLedger.requiresConsent(onConsent));
        assertFalse(ConsentLedger.requiresConsent(onContract));
    }

    @Test
    void givingConsentThroughTheLedgerOfAnotherPurposeIsAProgrammerError() {
        assertThrows(IllegalArgumentException.class, () ->
                ConsentLedger.empty(SUBJECT, "offers").give(NEWSLETTER, T1, VERSION, Channel.WEB_FORM, "form-81"));
    }

    @Test
    void versionCountsTheEvents() {
        ConsentLedger ledger = empty();
        assertEquals(0, ledger.version());
        ledger = right(ledger.give(NEWSLETTER, T1, VERSION, Channel.WEB_FORM, "form-81"));
        assertEquals(1, ledger.version());
        ledger = right(ledger.withdraw(T2, Channel.EMAIL_LINK));
        assertEquals(2, ledger.version());
        ledger = right(ledger.give(NEWSLETTER, T3, VERSION, Channel.PORTAL, "portal-9"));
        assertEquals(3, ledger.version());
    }

    @Test
    void subjectIdToStringDoesNotPrintTheId() {
        SubjectId id = SubjectId.of("BSN-123456782");
        assertFalse(id.toString().contains("123456782"), id.toString());
        assertEquals("BSN-123456782", id.value());
        assertFalse(givenAt(T1).toString().contains("relation-4711"), "a ledger prints its subject masked");
    }

    @Test
    void aBlankSubjectIdIsAProgrammerError() {
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of("  "));
        assertThrows(NullPointerException.class, () -> SubjectId.of(null));
    }
}
