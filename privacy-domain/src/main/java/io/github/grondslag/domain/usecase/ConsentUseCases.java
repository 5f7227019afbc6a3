package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.AuditTrail;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Record and withdraw consent (AVG 7), through the consent store, audited. */
public final class ConsentUseCases {

    private final RegisterSource registers;
    private final ConsentLedgers ledgers;
    private final AuditTrail audit;
    private final Clock clock;

    public ConsentUseCases(RegisterSource registers, ConsentLedgers ledgers, AuditTrail audit, Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records consent given now, under the register's statement version. */
    public Either<Refusal, ConsentLedger> give(SubjectId subject, String purposeId, Channel channel,
                                               String evidenceReference) {
        Instant now = clock.instant();
        Register register = registers.register();
        Option<Purpose> purpose = register.purpose(purposeId);
        ConsentLedger ledger = ledgers.ledger(subject, purposeId);
        return Audited.change(audit, now, "consent.given", purposeId, Citation.avg("7(1)"),
                purpose.toEither(() -> Audited.unknownPurpose(purposeId))
                        .flatMap(p -> ledger.give(p, now, register.statementVersion(), channel, evidenceReference)),
                updated -> ledgers.save(updated, ledger.version()));
    }

    /** Records consent withdrawn now; processing stops from now, not before (7(3)). */
    public Either<Refusal, ConsentLedger> withdraw(SubjectId subject, String purposeId, Channel channel) {
        Instant now = clock.instant();
        ConsentLedger ledger = ledgers.ledger(subject, purposeId);
        return Audited.change(audit, now, "consent.withdrawn", purposeId, Citation.avg("7(3)"),
                ledger.withdraw(now, channel), updated -> ledgers.save(updated, ledger.version()));
    }
}
