package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.FraudRegister;
import io.github.grondslag.domain.notice.FraudRegistration;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.notice.Notices;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.testkit.memory.InMemoryStore;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices of VGZ §VIII's fraud registers, the extension notice and the consent receipt (docs/retention.md). */
class NoticesTest {

    private static final SubjectId S = SubjectId.of("relation-4711");
    private static final LocalDate INCLUSION = LocalDate.of(2026, 6, 1);
    private static final Deadlines DUTCH = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM,
            Deadlines.Suspension.SUSPEND);

    private static FraudRegistration registration(FraudRegister register, boolean harms, LocalDate ended,
                                                  boolean stays) {
        return new FraudRegistration("reg-" + register, S, register, INCLUSION, harms, Option.of(ended), stays);
    }

    @Test
    void everyRegisterInclusionIsAnnouncedBeforeInclusionAndIrAndEvrByLetter() {
        // "Dit doen wij in de meeste gevallen voordat de gegevens in de registers worden opgenomen."
        for (FraudRegister register : FraudRegister.values()) {
            Notice n = Notices.fraudRegistration(registration(register, false, null, true)).get();
            assertEquals(Option.some(INCLUSION), n.dueBy());
            assertEquals(Citation.statement("VGZ", "§VIII"), n.citation());
            // "Een opname in het IR en het EVR wordt altijd op individuele basis per brief toegelicht."
            assertEquals(register == FraudRegister.IR || register == FraudRegister.EVR ? Notice.Form.LETTER
                    : Notice.Form.ANY, n.form(), register.name());
        }
    }

    @Test
    void whenTellingWouldHarmTheInvestigationTheNoticeWaitsAndIsOwedOnlyIfTheRegistrationStays() {
        // "Tenzij openbaring het onderzoek schaadt, dan wordt u na afloop van het onderzoek op de hoogte gebracht,
        // als wij uw registratie in het IR, IVR of EVR laten staan."
        Notice deferred = Notices.fraudRegistration(registration(FraudRegister.IVR, true, null, true)).get();
        assertTrue(deferred.deferred());
        assertFalse(Notices.fraudRegistration(registration(FraudRegister.IVR, false, null, true)).get().deferred(),
                "a notice due on inclusion is not deferred");
        LocalDate ended = LocalDate.of(2026, 11, 30);
        assertEquals(Option.some(ended),
                Notices.fraudRegistration(registration(FraudRegister.EVR, true, ended, true)).get().dueBy());
        assertTrue(Notices.fraudRegistration(registration(FraudRegister.IR, true, ended, false)).isEmpty(),
                "a registration that is removed after the investigation needs no notice");
    }

    private static List<Notice> owedNow(Notice notice) {
        return List.of(notice);
    }

    @Test
    void anOverdueNoticeIsFoundUntilItIsSent() {
        Notice due = Notices.fraudRegistration(registration(FraudRegister.IR, false, null, true)).get();
        Notice deferred = Notices.fraudRegistration(registration(FraudRegister.IVR, true, null, true)).get();
        InMemoryStore outbox = new InMemoryStore();
        outbox.commit(Change.audit(new AuditEntry(Instant.parse("2026-01-01T00:00:00Z"), AuditAction.REQUEST_RECEIVED,
                Outcome.DONE, Option.none(), Option.none(), Option.none(), List.empty())).owing(owedNow(due)));
        List<Notice> owed = List.of(due, deferred);
        assertEquals(List.of(due), outbox.pending());
        assertEquals(List.empty(), Notices.overdue(owed, outbox.sent(), INCLUSION).toList(), "due today is in time");
        assertEquals(List.of(due), Notices.overdue(owed, outbox.sent(), INCLUSION.plusDays(1)).toList());
        outbox.markSent(due.id());
        assertEquals(List.empty(), Notices.overdue(owed, outbox.sent(), INCLUSION.plusDays(1)).toList());
    }

    @Test
    void anExtensionNoticeIsDueByTheEndOfTheFirstMonth() {
        Instant received = Instant.parse("2026-03-02T09:00:00Z");
        RightsRequest r = RightsRequest.received("req", S, RequestType.ACCESS, received);
        assertTrue(Notices.extension(r, DUTCH).isEmpty());
        RightsRequest extended = r.extend(new RequestEvent.Extended(received.plusSeconds(86_400L * 10), 1,
                RequestEvent.ExtensionReason.COMPLEXITY), DUTCH, 1).get();
        Notice n = Notices.extension(extended, DUTCH).get();
        assertEquals(Option.some(LocalDate.of(2026, 4, 2)), n.dueBy());
        assertEquals(Citation.avg("12(3)"), n.citation());
        assertTrue(n.about().contains("complexity"));
    }

    @Test
    void aConsentReceiptIsDueTheDayConsentIsGiven() {
        ConsentLedger ledger = ConsentLedger.empty(S, "zg-offers").give(SeedRegistersAccess.zorggenoot()
                        .purpose("zg-offers").get(), Instant.parse("2026-03-02T22:30:00Z"), Option.none(), Channel.WEB_FORM,
                "form-1").get();
        Notice receipt = Notices.consentReceipt(ledger, DUTCH).get();
        assertEquals(Option.some(LocalDate.of(2026, 3, 2)), receipt.dueBy());
        assertEquals(Notice.Kind.CONSENT_RECEIPT, receipt.kind());
    }

    @Test
    void aConsentReceiptIsForTheLastConsentGivenNotForALaterWithdrawal() {
        Instant given = Instant.parse("2026-03-02T10:00:00Z");
        ConsentLedger ledger = ConsentLedger.empty(S, "zg-offers").give(SeedRegistersAccess.zorggenoot()
                .purpose("zg-offers").get(), given, Option.none(), Channel.WEB_FORM, "form-1").get()
                .withdraw(given.plusSeconds(86_400L * 30), Channel.EMAIL).get();
        Notice receipt = Notices.consentReceipt(ledger, DUTCH).get();
        assertEquals(Option.some(LocalDate.of(2026, 3, 2)), receipt.dueBy());
        assertTrue(receipt.id().contains(given.toString()), "the receipt names the consent it is for");
    }

    @Test
    void twoSubjectsConsentingAtTheSameInstantOweReceiptsWithDistinctIdsThatHoldNeitherId() {
        Instant given = Instant.parse("2026-03-02T10:00:00Z");
        List<String> ids = List.of("relation-1", "relation-2").map(id -> Notices.consentReceipt(ConsentLedger.empty(
                SubjectId.of(id), "zg-offers").give(SeedRegistersAccess.zorggenoot().purpose("zg-offers").get(), given,
                Option.none(), Channel.WEB_FORM, "form-1").get(), DUTCH).get().id());
        assertEquals(2, ids.distinct().size(), "one receipt each: the outbox keeps a notice id once");
        assertTrue(ids.forAll(id -> !id.contains("relation-")), ids::toString);
    }
}
