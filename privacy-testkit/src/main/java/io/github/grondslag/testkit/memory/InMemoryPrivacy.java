package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.usecase.ConsentUseCases;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.domain.usecase.SubjectRightsUseCases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The use cases wired to the {@link InMemoryStore} and a {@link TestClock}: the whole library end to
 * end, in a few lines, for tests and examples.
 */
public final class InMemoryPrivacy {

    /** A fixed test key: a real controller keeps its own key outside the store. */
    public static final Pseudonyms TEST_PSEUDONYMS = Pseudonyms.withKey(
            "grondslag test key, never in production".getBytes(StandardCharsets.UTF_8));

    /** The clock every use case reads; move it to let time pass (deadlines, withdrawals, retention). */
    public final TestClock clock;
    /** The store behind every port, to inspect what the use cases committed (audit entries, notices). */
    public final InMemoryStore store = new InMemoryStore();
    /** Giving and withdrawing consent (AVG art. 7). */
    public final ConsentUseCases consents;
    /** The data subject's restrictions (AVG art. 18) and objections (art. 21), and the decisions on them. */
    public final SubjectRightsUseCases rights;
    /** Whether a processing may happen now, recorded in the audit trail. */
    public final ProcessingDecisions decisions;

    /**
     * Wires the use cases to a new, empty in-memory store, a test clock and the fixed
     * {@link #TEST_PSEUDONYMS}.
     *
     * @param register the register of processing every use case works with
     * @param start    the instant the clock starts at
     */
    public InMemoryPrivacy(Register register, Instant start) {
        this.clock = new TestClock(start);
        FixedRegister source = new FixedRegister(register);
        this.consents = new ConsentUseCases(source, store, store, TEST_PSEUDONYMS, clock);
        this.rights = new SubjectRightsUseCases(source, store, store, TEST_PSEUDONYMS, clock);
        this.decisions = new ProcessingDecisions(source, store, store, store, TEST_PSEUDONYMS, clock);
    }
}
