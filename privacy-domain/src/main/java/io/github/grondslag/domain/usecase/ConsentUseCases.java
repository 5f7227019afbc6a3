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

    /**
     * Wires the consent commands to their ports.
     *
     * @param registers  the register in force, for the purposes and the statement's version
     * @param ledgers    the consent ledgers, read before each command
     * @param work       commits each command's change, audit entry included
     * @param pseudonyms the controller's keyed pseudonyms, for the subject reference of each audit entry
     * @param clock      the clock that dates every command and its audit entry
     * @throws NullPointerException when any argument is {@code null}
     */
    public ConsentUseCases(RegisterSource registers, ConsentLedgers ledgers, UnitOfWork work, Pseudonyms pseudonyms,
                           Clock clock) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.work = Objects.requireNonNull(work, "work");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records consent given now, under the register's statement version (7(1)).
     *
     * @param subject           the data subject
     * @param purposeId         the id of the purpose in the register
     * @param channel           how the consent was given
     * @param evidenceReference where the controller keeps the evidence of the consent (a reference,
     *                          not the evidence itself)
     * @return the ledger with the consent appended, or the refusal: the purpose is not in the register
     *         (30(1)(b)) or neither rests on consent nor asks for it (6(1)(a)), another write came first,
     *         or the store could not keep it
     */
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

    /**
     * Records consent withdrawn now; processing stops from now, not before (7(3)).
     *
     * @param subject   the data subject
     * @param purposeId the id of the purpose the consent was given for
     * @param channel   how the consent was withdrawn
     * @return the ledger with the withdrawal appended, or the refusal: consent is not in force (never
     *         given, or withdrawn already), another write came first, or the store could not keep it
     */
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
