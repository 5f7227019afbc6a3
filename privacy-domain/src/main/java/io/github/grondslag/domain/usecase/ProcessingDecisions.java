package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.register.Register;
import io.vavr.collection.List;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "May this processing happen now, for this subject?": loads the subject's state and consents,
 * decides with the register's {@link Decider}, and commits the decision's audit entry with its rules
 * before answering (a decision nobody can account for breaks 5(2)).
 */
public final class ProcessingDecisions {

    private final RegisterSource registers;
    private final ConsentLedgers ledgers;
    private final SubjectStates states;
    private final UnitOfWork work;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    /** The decider of the last register seen; rebuilt only when the register source returns another one. */
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(Register register, Decider decider) {
    }

    /**
     * Wires the decision to its ports. The decider is built from the register on first use and again
     * whenever the register source returns another instance.
     *
     * @param registers  the register in force, read for every decision
     * @param ledgers    the consent ledgers, read for the subject of every decision
     * @param states     the subjects' restrictions and objections, read for every decision
     * @param work       commits the audit entry of every decision
     * @param pseudonyms the controller's keyed pseudonyms, for the subject reference of each audit entry
     * @param clock      the clock that gives "now" for the decision and its audit entry
     * @throws NullPointerException when any argument is {@code null}
     */
    public ProcessingDecisions(RegisterSource registers, ConsentLedgers ledgers, SubjectStates states,
                               UnitOfWork work, Pseudonyms pseudonyms, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.states = Objects.requireNonNull(states, "states");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decides whether the operation may happen now, and audits the decision (outcome permitted or
     * denied, with the lawful bases relied on or the articles of the denial's reasons) before
     * returning it. A decision changes nothing but the audit trail.
     *
     * @param operation the processing an insurer's system is about to do
     * @return {@link Decision#PERMITTED}, or a denial with every reason and its article
     *         (docs/decision.md)
     * @throws AuditNotRecorded when the store refuses the decision's audit entry: no decision is given
     *         that the controller could not account for (AVG 5(2))
     */
    public Decision decide(Operation operation) {
        Instant now = clock.instant();
        Register register = registers.register();
        Decision decision = decider(register).decide(operation, states.state(operation.subject()),
                ledgers.ledgers(operation.subject()), now);
        List<Citation> rules = decision instanceof Decision.Denied denied
                ? denied.reasons().map(Rejection::citation)
                : register.purpose(operation.purposeId()).get().lawfulBases().map(b -> b.citation())
                .appendAll(operation.restrictionException().map(x -> x.citation()));
        Audited.recorded(work, Change.audit(AuditEntry.ofPurpose(now, AuditAction.PROCESSING_DECIDED,
                decision.isPermitted() ? Outcome.PERMITTED : Outcome.DENIED, pseudonyms.of(operation.subject()),
                Audited.declared(register, operation.purposeId()), rules)));
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
