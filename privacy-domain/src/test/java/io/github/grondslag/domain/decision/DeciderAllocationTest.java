package io.github.grondslag.domain.decision;

import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The permit path of {@link Decider#decide} allocates nothing (docs/decision.md, "The decision"),
 * measured with the JVM's per-thread allocation counter.
 */
class DeciderAllocationTest {

    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 1_000_000;

    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-10T14:30:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T08:15:00Z");
    private static final Instant NOW = Instant.parse("2026-04-20T16:45:00Z");

    private static <T> T right(Either<Rejection, T> result) {
        assertTrue(result.isRight(), () -> "expected success, got " + result);
        return result.get();
    }

    @Test
    void thePermitPathAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(),
                "this JVM cannot count the bytes a thread allocates");
        if (!threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }

        Register register = Drafts.decisionRegister();
        Decider decider = Decider.of(register);
        // every loop of the permit path has something to walk: two ledgers (the right one last),
        // a lifted restriction, an overridden objection to this purpose and an upheld one to another
        List<ConsentLedger> consents = List.of(
                right(ConsentLedger.empty(SUBJECT, "offers").give(register.purpose("offers").get(), T0,
                        register.statementVersion(), Channel.WEB_FORM, "form-12")),
                right(right(ConsentLedger.empty(SUBJECT, "newsletter").give(register.purpose("newsletter").get(), T0,
                        register.statementVersion(), Channel.WEB_FORM, "form-81"))
                        .withdraw(T1, Channel.EMAIL_LINK)
                        .flatMap(l -> l.give(register.purpose("newsletter").get(), T2,
                                register.statementVersion(), Channel.PORTAL, "portal-9"))));
        SubjectState state = right(SubjectState.empty(SUBJECT)
                .restrict("r1", RestrictionGround.ACCURACY_CONTESTED, T0)
                .flatMap(s -> s.lift("r1", T1))
                .flatMap(s -> s.restrict("r2", RestrictionGround.OBJECTION_PENDING, T2))
                .flatMap(s -> s.lift("r2", T2.plusSeconds(3600)))
                .flatMap(s -> s.object(register.purpose("marketing").get(), T0))
                .flatMap(s -> s.object(register.purpose("analytics").get(), T0))
                .flatMap(s -> s.override("analytics", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS, T1)));
        assertEquals(2, state.restrictions().size());
        assertEquals(2, state.objections().size());
        // alternately a consent purpose (walks the ledgers) and the purpose whose objection was
        // overridden (walks the objections up to one of its own)
        Operation[] ops = {
                Operation.use(SUBJECT, "partners", "newsletter", List.of("contact")),
                Operation.use(SUBJECT, "partners", "analytics", List.of("contact"))};
        for (Operation op : ops) {
            assertSame(Decision.PERMITTED, decider.decide(op, state, consents, NOW), op.purposeId());
        }

        int permitted = run(decider, ops, state, consents, WARM_UP);
        long threadId = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(threadId);
        permitted += run(decider, ops, state, consents, MEASURED);
        long after = threads.getThreadAllocatedBytes(threadId);

        assertEquals(WARM_UP + MEASURED, permitted, "every call took the permit path");
        double perCall = (double) (after - before) / MEASURED;
        System.out.println("Decider permit path: " + perCall + " bytes allocated per call over " + MEASURED + " calls");
        assertTrue(perCall < 1.0, () -> "the permit path allocated " + perCall + " bytes per call on average");
    }

    private static int run(Decider decider, Operation[] ops, SubjectState state, List<ConsentLedger> consents,
                           int n) {
        int permitted = 0;
        for (int i = 0; i < n; i++) {
            if (decider.decide(ops[i & 1], state, consents, NOW) == Decision.PERMITTED) {
                permitted++;
            }
        }
        return permitted;
    }
}
