package io.github.grondslag.domain.usecase;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.ConsentLedgers;
import io.github.grondslag.domain.port.RegisterSource;
import io.github.grondslag.domain.port.UnitOfWork;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Record and withdraw consent (AVG 7): each command one {@link Change}, the ledger and its audit entry together. */
public final class ConsentUseCases {

    private final RegisterSource registers;
    private final ConsentLedgers ledgers;
    private final UnitOfWork work;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public ConsentUseCases(RegisterSource registers, ConsentLedgers ledgers, UnitOfWork work, Pseudonyms pseudonyms,
                           Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records consent given now, under the register's statement version. */
    public Either<Refusal, ConsentLedger> give(SubjectId subject, String purposeId, Channel channel,
                                               String evidenceReference) {
        Instant now = clock.instant();
        Register register = registers.register();
        Option<Purpose> purpose = register.purpose(purposeId);
        ConsentLedger ledger = ledgers.ledger(subject, purposeId);
        AuditEntry done = AuditEntry.ofPurpose(now, AuditAction.CONSENT_GIVEN, Outcome.DONE, pseudonyms.of(subject),
                Audited.declared(register, purposeId), List.of(Citation.avg("7(1)")));
        return Audited.change(work, done,
                purpose.toEither(Audited::unknownPurpose)
                        .flatMap(p -> ledger.give(p, now, register.statementVersion(), channel, evidenceReference)),
                updated -> Change.of(new Write.Consent(updated, ledger.version()), done));
    }

    /** Records consent withdrawn now; processing stops from now, not before (7(3)). */
    public Either<Refusal, ConsentLedger> withdraw(SubjectId subject, String purposeId, Channel channel) {
        Instant now = clock.instant();
        ConsentLedger ledger = ledgers.ledger(subject, purposeId);
        AuditEntry done = AuditEntry.ofPurpose(now, AuditAction.CONSENT_WITHDRAWN, Outcome.DONE,
                pseudonyms.of(subject), Audited.declared(registers.register(), purposeId),
                List.of(Citation.avg("7(3)")));
        return Audited.change(work, done, ledger.withdraw(now, channel),
                updated -> Change.of(new Write.Consent(updated, ledger.version()), done));
    }
}
