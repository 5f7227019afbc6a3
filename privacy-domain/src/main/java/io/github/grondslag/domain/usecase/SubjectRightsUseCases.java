package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;

/** Restrict and lift (AVG 18), object and decide on the objection (21): each command one {@link Change}. */
public final class SubjectRightsUseCases {

    private final RegisterSource registers;
    private final SubjectStates states;
    private final UnitOfWork work;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    /**
     * Wires the restriction and objection commands to their ports.
     *
     * @param registers  the register in force, for the purposes consented to or objected to
     * @param states     the subjects' restrictions and objections, read before each command
     * @param work       commits each command's change, audit entry included
     * @param pseudonyms the controller's keyed pseudonyms, for the subject reference of each audit entry
     * @param clock      the clock that dates every command and its audit entry
     * @throws NullPointerException when any argument is {@code null}
     */
    public SubjectRightsUseCases(RegisterSource registers, SubjectStates states, UnitOfWork work,
                                 Pseudonyms pseudonyms, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.states = Objects.requireNonNull(states, "states");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Places a restriction of processing now (18(1)). A restriction covers every purpose: its entry
     * names none.
     *
     * @param subject       the data subject
     * @param restrictionId the controller's id of the restriction; it must be new for the subject
     * @param ground        the situation of 18(1) it rests on
     * @return the new state, or the refusal: a restriction with the id exists, another write came first,
     *         or the store could not keep it
     */
    public Either<Refusal, SubjectState> restrict(SubjectId subject, String restrictionId, RestrictionGround ground) {
        return change(subject, AuditAction.RESTRICTION_PLACED, Option.none(), ground.citation(),
                (s, now) -> s.restrict(restrictionId, ground, now));
    }

    /**
     * Lifts an active restriction now (18(3): the subject is told before it is lifted).
     *
     * @param subject       the data subject
     * @param restrictionId the id of the restriction
     * @return the new state, or the refusal: no such restriction, or it is not active, another write came
     *         first, or the store could not keep it
     */
    public Either<Refusal, SubjectState> lift(SubjectId subject, String restrictionId) {
        return change(subject, AuditAction.RESTRICTION_LIFTED, Option.none(), Citation.avg("18(3)"),
                (s, now) -> s.lift(restrictionId, now));
    }

    /**
     * Records the subject's consent to processing for a purpose despite a restriction (18(2)).
     *
     * @param subject       the data subject
     * @param restrictionId the id of the active restriction
     * @param purposeId     the id of the purpose consented to, as the register declares it
     * @return the new state, or the refusal: the purpose is not in the register, no such restriction or
     *         it is not active, another write came first, or the store could not keep it
     */
    public Either<Refusal, SubjectState> consentDespiteRestriction(SubjectId subject, String restrictionId,
                                                                   String purposeId) {
        return change(subject, AuditAction.RESTRICTION_CONSENTED, Option.some(purposeId), Citation.avg("18(2)"),
                (s, now) -> registers.register().purpose(purposeId).toEither(Audited::unknownPurpose)
                        .flatMap(p -> s.consentDespiteRestriction(restrictionId, p.id(), now)));
    }

    /**
     * Receives an objection to a purpose now (21(1), 21(2)). An objection to direct marketing is upheld
     * on receipt (21(3)).
     *
     * @param subject   the data subject
     * @param purposeId the id of the purpose objected to, as the register declares it
     * @return the new state, or the refusal: the purpose is not in the register, cannot be objected to
     *         (not on 6(1)(e) or (f) nor direct marketing), or already has an objection pending,
     *         another write came first, or the store could not keep it
     */
    public Either<Refusal, SubjectState> object(SubjectId subject, String purposeId) {
        return change(subject, AuditAction.OBJECTION_RECEIVED, Option.some(purposeId), Citation.avg("21(1)"),
                (s, now) -> registers.register().purpose(purposeId)
                        .toEither(Audited::unknownPurpose)
                        .flatMap(p -> s.object(p, now)));
    }

    /**
     * Upholds the pending objection to a purpose: processing for it stops from now (21(1)).
     *
     * @param subject   the data subject
     * @param purposeId the id of the purpose objected to
     * @return the new state, or the refusal: no objection to the purpose is pending, another write came
     *         first, or the store could not keep it
     */
    public Either<Refusal, SubjectState> uphold(SubjectId subject, String purposeId) {
        return change(subject, AuditAction.OBJECTION_UPHELD, Option.some(purposeId), Citation.avg("21(1)"),
                (s, now) -> s.uphold(purposeId, now));
    }

    /**
     * Overrides the pending objection to a purpose on a ground of 21(1); never for direct marketing,
     * where the objection is absolute (21(3)).
     *
     * @param subject   the data subject
     * @param purposeId the id of the purpose objected to
     * @param ground    the ground the controller demonstrated
     * @return the new state, or the refusal: no objection to the purpose is pending, or the purpose is
     *         direct marketing, another write came first, or the store could not keep it
     */
    public Either<Refusal, SubjectState> override(SubjectId subject, String purposeId, OverrideGround ground) {
        return change(subject, AuditAction.OBJECTION_OVERRIDDEN, Option.some(purposeId), ground.citation(),
                (s, now) -> s.override(purposeId, ground, now));
    }

    private Either<Refusal, SubjectState> change(SubjectId subject, AuditAction action, Option<String> purposeId,
                                                 Citation rule,
                                                 BiFunction<SubjectState, Instant, Either<Rejection, SubjectState>>
                                                         command) {
        Instant now = clock.instant();
        SubjectState state = states.state(subject);
        AuditEntry done = AuditEntry.ofPurpose(now, action, Outcome.DONE, pseudonyms.of(subject),
                purposeId.flatMap(p -> Audited.declared(registers.register(), p)), List.of(rule));
        return Audited.change(work, done, command.apply(state, now),
                updated -> Change.of(new Write.State(updated, state.version()), done));
    }
}
