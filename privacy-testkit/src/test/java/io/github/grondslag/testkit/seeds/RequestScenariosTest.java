package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestQueries;
import io.github.grondslag.domain.request.RequestStatus;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.time.DutchCalendar;
import io.github.grondslag.domain.usecase.Refusal;
import io.github.grondslag.domain.usecase.RightsRequestUseCases;
import io.github.grondslag.testkit.memory.FixedRegister;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.github.grondslag.testkit.memory.InMemoryStore;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.testkit.memory.TestClock;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rights requests under the seeds' response policies, end to end on the in-memory adapters. */
class RequestScenariosTest {

    private static final Deadlines DUTCH = new Deadlines(DutchCalendar.statutory(), Deadlines.AMSTERDAM,
            Deadlines.Suspension.SUSPEND);
    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");

    private record World(TestClock clock, InMemoryStore store, InMemoryStore audit,
                         RightsRequestUseCases requests) {
        static World of(java.nio.file.Path register, Instant start) {
            TestClock clock = new TestClock(start);
            InMemoryStore store = new InMemoryStore();
            return new World(clock, store, store, new RightsRequestUseCases(
                    new FixedRegister(SeedRegisters.read(register)), store, DUTCH, store,
                    InMemoryPrivacy.TEST_PSEUDONYMS, clock));
        }
    }

    @Test
    void vgzExtendsAComplexAccessRequestByItsOneFurtherMonthButNotTwo() {
        // 'Hoe kunt u gebruik maken van uw rechten?': "kan deze termijn met nog een maand worden verlengd"
        World vgz = World.of(SeedRegisters.VGZ, Instant.parse("2026-03-02T09:00:00Z"));
        assertTrue(vgz.requests().receive("req-1", SUBJECT, RequestType.ACCESS).isRight());
        vgz.clock().advance(Duration.ofDays(20));
        Refusal tooLong = vgz.requests().extend("req-1", 2, RequestEvent.ExtensionReason.COMPLEXITY).getLeft();
        assertTrue(((Refusal.Rejected) tooLong).rejection().reason().contains("at most 1"));
        RightsRequest extended = vgz.requests().extend("req-1", 1, RequestEvent.ExtensionReason.COMPLEXITY).get();
        assertEquals(RequestStatus.EXTENDED, extended.status());
        assertEquals(LocalDate.of(2026, 5, 4), DUTCH.due(extended).dueDate().get());
        assertTrue(vgz.audit().entries().exists(e -> e.action() == AuditAction.REQUEST_EXTENDED && e.outcome() == Outcome.DONE));
        // the extension, its audit entry and the notice it owes (12(3): with the reasons) are one commit
        assertEquals(List.of("req-1/extension"), vgz.store().pending().map(n -> n.id()));
        assertEquals(Option.some(LocalDate.of(2026, 4, 2)), vgz.store().pending().head().dueBy());
    }

    @Test
    void zorggenootMayNotExtendAtAll() {
        // 'Jouw rechten': "in ieder geval binnen een maand op jouw verzoek"
        World zg = World.of(SeedRegisters.ZORGGENOOT, Instant.parse("2026-03-02T09:00:00Z"));
        zg.requests().receive("req-1", SUBJECT, RequestType.ERASURE);
        Refusal refused = zg.requests().extend("req-1", 1, RequestEvent.ExtensionReason.NUMBER_OF_REQUESTS).getLeft();
        assertEquals(Citation.avg("12(3)"), ((Refusal.Rejected) refused).rejection().citation());
    }

    @Test
    void anEventIsRecordedOnTheRequestAndAnUnknownIdIsRefusedAndAuditedWithoutIt() {
        World vgz = World.of(SeedRegisters.VGZ, Instant.parse("2026-03-02T09:00:00Z"));
        vgz.requests().receive("req-1", SUBJECT, RequestType.ACCESS);
        vgz.clock().advance(Duration.ofDays(3));

        RightsRequest started = vgz.requests().record("req-1", RequestEvent.Started::new).get();
        assertEquals(RequestStatus.IN_PROGRESS, started.status());
        assertEquals(started, vgz.store().find("req-1").get());

        Refusal unknown = vgz.requests().record("no-such-request", RequestEvent.Started::new).getLeft();
        assertEquals(Citation.avg("12(3)"), ((Refusal.Rejected) unknown).rejection().citation());
        AuditEntry refused = vgz.audit().entries().last();
        assertEquals(Outcome.REJECTED, refused.outcome());
        assertTrue(refused.subject().isEmpty() && refused.purposeId().isEmpty(), "no subject and no id to tie it to");
    }

    @Test
    void theOverdueQueryFindsOpenRequestsPastTheirDueDateAndThoseDueSoon() {
        World vgz = World.of(SeedRegisters.VGZ, Instant.parse("2026-03-02T09:00:00Z"));
        vgz.requests().receive("early", SUBJECT, RequestType.ACCESS);        // due Thursday 2 April
        vgz.clock().set(Instant.parse("2026-03-20T09:00:00Z"));
        vgz.requests().receive("late", SUBJECT, RequestType.RECTIFICATION);  // due Monday 20 April
        vgz.clock().set(Instant.parse("2026-03-25T09:00:00Z"));
        vgz.requests().receive("done", SUBJECT, RequestType.ACCESS);
        vgz.requests().record("done", at -> new RequestEvent.Completed(at));

        List<RightsRequest> open = vgz.store().open();
        assertEquals(List.of(), RequestQueries.overdue(open, DUTCH, Instant.parse("2026-04-02T20:00:00Z")).toList()
                .map(RightsRequest::id), "due on 2 April is still in time that day");
        assertEquals(List.of("early"), RequestQueries.overdue(open, DUTCH, Instant.parse("2026-04-03T08:00:00Z"))
                .toList().map(RightsRequest::id));
        // from Tuesday 14 April, five working days reach Tuesday 21 April: 'late' (20 April) falls within
        assertEquals(List.of("early", "late"), RequestQueries.dueWithin(open, DUTCH,
                Instant.parse("2026-04-14T08:00:00Z"), 5).toList().map(RightsRequest::id));
        assertEquals(List.of("early"), RequestQueries.dueWithin(open, DUTCH,
                Instant.parse("2026-04-10T08:00:00Z"), 5).toList().map(RightsRequest::id));
    }

    @Test
    void vgzPromisesContactWithin14DaysOnAComplaintAboutHowARequestWasHandled() {
        // "Wij nemen binnen 14 dagen contact met u op om de klacht met u te bespreken."
        java.time.Period promised = SeedRegisters.read(SeedRegisters.VGZ).responsePolicy().get()
                .complaintAcknowledgement().get();
        // received Friday 10 April 2026: 24 April is a Friday
        assertEquals(LocalDate.of(2026, 4, 24), DUTCH.acknowledgementDue(Instant.parse("2026-04-10T10:00:00Z"), promised));
        // received 13 April: 27 April is Koningsdag, so Tuesday 28 April
        assertEquals(LocalDate.of(2026, 4, 28), DUTCH.acknowledgementDue(Instant.parse("2026-04-13T10:00:00Z"), promised));
    }
}
