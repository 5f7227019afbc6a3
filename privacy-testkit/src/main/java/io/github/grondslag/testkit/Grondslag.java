package io.github.grondslag.testkit;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.github.grondslag.testkit.generators.PersonalDataGens;
import io.github.grondslag.testkit.generators.RecordGens;
import io.github.grondslag.testkit.generators.RegisterBreakers;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.generators.RequestGens;
import io.github.grondslag.testkit.generators.SubjectGens;
import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The generators of the testkit in one place, named by what they are for (docs/testkit.md): registers
 * that keep the law and registers broken in one named way, subjects with their consent histories,
 * rights requests with legal and illegal histories, records with retention facts, audit entries and
 * notices, and personal data that looks real for leak tests. Every generator shrinks towards small,
 * readable cases.
 */
public final class Grondslag {

    private Grondslag() {
    }

    // --- registers ---

    /** Registers that keep every rule of the register check: no finding at all. */
    public static Gen<Register> lawfulRegisters() {
        return RegisterGens.compliantRegister();
    }

    /** Registers broken in exactly one way of the rule (its error or warning, and no other rule's). */
    public static Gen<Register> registersBreaking(Rule rule) {
        return RegisterBreakers.breaking(rule);
    }

    /** Registers with the gaps real statements have: missing bases, conditions, categories. */
    public static Gen<Register> registersWithGaps() {
        return RegisterGens.registerWithGaps();
    }

    /** Controllers, with facts stated, denied or not stated. */
    public static Gen<Controller> controllers() {
        return RegisterGens.controller();
    }

    /** Retention rules, finite and with their event. */
    public static Gen<RetentionRule> retentionRules() {
        return RegisterGens.retentionRule("rule");
    }

    // --- subjects, consent, decisions ---

    /** Subject ids (opaque, never a name). */
    public static Gen<SubjectId> subjects() {
        return SubjectGens.subjectIds();
    }

    /** A consent history of one subject and purpose, in time order, as the ledger accepts it. */
    public static Gen<ConsentLedger> consentHistories(SubjectId subject, String purposeId) {
        return SubjectGens.ledger(subject, purposeId);
    }

    /** A subject's restrictions and objections to some of the register's purposes. */
    public static Gen<SubjectState> subjectStates(SubjectId subject, Register register) {
        return SubjectGens.subjectState(subject, register);
    }

    /** Operations on the register's purposes, some stepping outside what it declares. */
    public static Gen<Operation> operations(SubjectId subject, Register register) {
        return SubjectGens.operation(subject, register);
    }

    // --- rights requests ---

    /** Request histories, legal or not: the receipt, then up to six events. */
    public static Gen<List<RequestEvent>> requestHistories() {
        return RequestGens.histories();
    }

    /** Requests whose histories the state machine accepted: each illegal event of a history left out. */
    public static Gen<RightsRequest> legalRequests() {
        return c -> {
            List<RequestEvent> history = RequestGens.histories().generate(c);
            RequestEvent.Received received = (RequestEvent.Received) history.head();
            RightsRequest r = RightsRequest.received("request-" + Gens.integers(1, 999).generate(c),
                    SubjectGens.subjectIds().generate(c), received.type(), received.at());
            for (RequestEvent e : history.tail().filter(e -> !(e instanceof RequestEvent.Extended))) {
                Either<?, RightsRequest> next = r.record(e);
                r = next.isRight() ? next.get() : r;
            }
            return r;
        };
    }

    // --- records, retention, holds ---

    /** Records of the register's purposes with their retention facts, numbered from 0. */
    public static Gen<List<PersonalRecord>> records(Register register, int max) {
        return RecordGens.records(register, max);
    }

    /** A legal hold on one of the records or on a dossier, active or lifted. */
    public static Gen<LegalHold> legalHolds(List<PersonalRecord> records) {
        return RecordGens.hold("hold", records);
    }

    // --- the audit trail and notices ---

    /** Audit entries of any action and outcome, about a subject by its reference or about none. */
    public static Gen<AuditEntry> auditEntries() {
        return c -> new AuditEntry(SubjectGens.instants().generate(c), Gens.elements(AuditAction.values()).generate(c),
                Gens.elements(Outcome.values()).generate(c), Option.none(),
                Gens.optionOf(Gens.elements("p0", "p1")).generate(c), Option.none(), List.of(Citation.avg("5(2)")));
    }

    /** Audit trails: entries chained in order. */
    public static Gen<List<ChainedEntry>> auditTrails() {
        return c -> {
            List<ChainedEntry> chain = List.empty();
            for (AuditEntry e : Gens.lists(auditEntries(), 0, 8).generate(c)) {
                chain = chain.append(AuditChain.link(chain.lastOption(), e));
            }
            return chain;
        };
    }

    /** Notices owed to a subject, due or deferred. */
    public static Gen<Notice> notices() {
        return c -> new Notice("notice-" + Gens.integers(0, 999).generate(c), Gens.elements(Notice.Kind.values())
                .generate(c), SubjectGens.subjectIds().generate(c), Gens.optionOf(RecordGens.dates()).generate(c),
                Gens.elements(Notice.Form.values()).generate(c), Citation.avg("12(3)"), "a notice");
    }

    // --- personal data for leak tests ---

    /** People whose data look real (names, e-mail addresses at example.nl, BSNs, phones, free text). */
    public static Gen<PersonalDataGens.Person> people() {
        return PersonalDataGens.persons();
    }

    /** BSNs that pass the eleven test. */
    public static Gen<String> bsns() {
        return PersonalDataGens.bsns();
    }
}
