package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.SubjectStates;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.control.Either;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** Restrict and lift (AVG 18), object and decide on the objection (21), audited. */
public final class SubjectRightsUseCases {

    private static final String ALL_PURPOSES = "*";

    private final RegisterSource registers;
    private final SubjectStates states;
    private final AuditTrail audit;
    private final Clock clock;

    public SubjectRightsUseCases(RegisterSource registers, SubjectStates states, AuditTrail audit, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.states = Objects.requireNonNull(states, "states");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Either<Refusal, SubjectState> restrict(SubjectId subject, String restrictionId, RestrictionGround ground) {
        return change(subject, "restriction.placed", ALL_PURPOSES, ground.citation(),
                (s, now) -> s.restrict(restrictionId, ground, now));
    }

    public Either<Refusal, SubjectState> lift(SubjectId subject, String restrictionId) {
        return change(subject, "restriction.lifted", ALL_PURPOSES, Citation.avg("18(3)"),
                (s, now) -> s.lift(restrictionId, now));
    }

    /** Records the subject's consent to processing for a purpose despite a restriction (18(2)). */
    public Either<Refusal, SubjectState> consentDespiteRestriction(SubjectId subject, String restrictionId,
                                                                   String purposeId) {
        return change(subject, "restriction.consented", purposeId, Citation.avg("18(2)"),
                (s, now) -> s.consentDespiteRestriction(restrictionId, purposeId, now));
    }

    public Either<Refusal, SubjectState> object(SubjectId subject, String purposeId) {
        return change(subject, "objection.received", purposeId, Citation.avg("21(1)"),
                (s, now) -> registers.register().purpose(purposeId)
                        .toEither(() -> Audited.unknownPurpose(purposeId))
                        .flatMap(p -> s.object(p, now)));
    }

    public Either<Refusal, SubjectState> uphold(SubjectId subject, String purposeId) {
        return change(subject, "objection.upheld", purposeId, Citation.avg("21(1)"),
                (s, now) -> s.uphold(purposeId, now));
    }

    public Either<Refusal, SubjectState> override(SubjectId subject, String purposeId, OverrideGround ground) {
        return change(subject, "objection.overridden", purposeId, ground.citation(),
                (s, now) -> s.override(purposeId, ground, now));
    }

    private Either<Refusal, SubjectState> change(SubjectId subject, String action, String purposeId, Citation rule,
                                                 java.util.function.BiFunction<SubjectState, Instant,
                                                         Either<Rejection, SubjectState>> command) {
        Instant now = clock.instant();
        SubjectState state = states.state(subject);
        Function<SubjectState, Either<io.github.grondslag.domain.port.ConcurrentChange, SubjectState>> save =
                updated -> states.save(updated, state.version());
        return Audited.change(audit, now, action, purposeId, rule, command.apply(state, now), save);
    }
}
