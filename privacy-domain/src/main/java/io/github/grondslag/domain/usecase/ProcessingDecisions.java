package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.AuditEntry;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "May this processing happen now, for this subject?": loads the subject's state and consents,
 * decides with the register's {@link Decider}, and audits the decision with its rules.
 */
public final class ProcessingDecisions {

    private final RegisterSource registers;
    private final ConsentLedgers ledgers;
    private final SubjectStates states;
    private final AuditTrail audit;
    private final Clock clock;
    /** The decider of the last register seen; rebuilt only when the register source returns another one. */
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(Register register, Decider decider) {
    }

    public ProcessingDecisions(RegisterSource registers, ConsentLedgers ledgers, SubjectStates states,
                               AuditTrail audit, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.states = Objects.requireNonNull(states, "states");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Decision decide(Operation operation) {
        Instant now = clock.instant();
        Register register = registers.register();
        Decision decision = decider(register).decide(operation, states.state(operation.subject()),
                ledgers.ledgers(operation.subject()), now);
        List<Citation> rules = decision instanceof Decision.Denied denied
                ? denied.reasons().map(Rejection::citation)
                : register.purpose(operation.purposeId()).get().lawfulBases().map(b -> b.citation())
                .appendAll(operation.restrictionException().map(x -> x.citation()));
        audit.append(new AuditEntry(now, "processing.decided", operation.purposeId(),
                decision.isPermitted() ? "permitted" : "denied", rules));
        return decision;
    }

    private Decider decider(Register register) {
        Cached cached = cache.get();
        if (cached == null || cached.register() != register) {
            cached = new Cached(register, Decider.of(register));
            cache.set(cached);
        }
        return cached.decider();
    }
}
