package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.usecase.ConsentUseCases;
import io.github.grondslag.domain.usecase.ProcessingDecisions;
import io.github.grondslag.domain.usecase.SubjectRightsUseCases;

import java.time.Instant;

/**
 * The use cases wired to in-memory adapters and a {@link TestClock}: the whole library end to end,
 * in a few lines, for tests and examples.
 */
public final class InMemoryPrivacy {

    public final TestClock clock;
    public final InMemoryConsentLedgers ledgers = new InMemoryConsentLedgers();
    public final InMemorySubjectStates states = new InMemorySubjectStates();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final ConsentUseCases consents;
    public final SubjectRightsUseCases rights;
    public final ProcessingDecisions decisions;

    public InMemoryPrivacy(Register register, Instant start) {
        this.clock = new TestClock(start);
        FixedRegister source = new FixedRegister(register);
        this.consents = new ConsentUseCases(source, ledgers, audit, clock);
        this.rights = new SubjectRightsUseCases(source, states, audit, clock);
        this.decisions = new ProcessingDecisions(source, ledgers, states, audit, clock);
    }
}
