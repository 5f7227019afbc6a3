package io.github.grondslag.testkit;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditChain;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.Pseudonyms;
import io.github.grondslag.domain.check.Rule;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
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

    /** The keyed pseudonyms of generated audit entries: a fixed key, for tests only. */
    private static final Pseudonyms TEST_PSEUDONYMS = Pseudonyms.withKey(
            "grondslag testkit key, for generated entries".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private Grondslag() {
    }

    // --- registers ---

    /**
     * {@return registers that keep every rule of the register check, the GDPR's and the Dutch
     * layer's: {@code RegisterCheck.check} finds nothing at all on them}
     */
    public static Gen<Register> lawfulRegisters() {
        return RegisterGens.compliantRegister();
    }

    /**
     * Registers broken in exactly one of the ways of a rule of the register check: that rule's
     * error or warning, and no other rule's. Use them to test that your own code notices the defect.
     *
     * @param rule the rule of the register check to break (its known ways are in
     *             {@link RegisterBreakers#waysOf(Rule)})
     * @return a generator of registers that break {@code rule}, in any of its ways
     * @throws IllegalArgumentException if no way of breaking {@code rule} is known
     */
    public static Gen<Register> registersBreaking(Rule rule) {
        return RegisterBreakers.breaking(rule);
    }

    /**
     * {@return registers with the gaps real statements have: valid in structure, but some purposes
     * lack a lawful basis (art. 6), the condition of art. 9(2) for special data or the
     * authorisation of art. 10 for criminal data, so a processing decision must deny them}
     */
    public static Gen<Register> registersWithGaps() {
        return RegisterGens.registerWithGaps();
    }

    /**
     * {@return Dutch controllers with name, address and contacts, whose facts (public authority,
     * large scale, grounds for a DPO) are stated, denied or not stated}
     */
    public static Gen<Controller> controllers() {
        return RegisterGens.controller();
    }

    /** {@return retention rules, each finite and running from its event (art. 5(1)(e))} */
    public static Gen<RetentionRule> retentionRules() {
        return RegisterGens.retentionRule("rule");
    }

    // --- subjects, consent, decisions ---

    /** {@return subject ids: opaque references, never a name or other personal data} */
    public static Gen<SubjectId> subjects() {
        return SubjectGens.subjectIds();
    }

    /**
     * Consent histories of one subject and one purpose: consents given and withdrawn in time
     * order, as the ledger accepts them (art. 7).
     *
     * @param subject   the data subject the consents are of
     * @param purposeId the id of the register's purpose the consents are for
     * @return a generator of consent ledgers of that subject and purpose
     */
    public static Gen<ConsentLedger> consentHistories(SubjectId subject, String purposeId) {
        return SubjectGens.ledger(subject, purposeId);
    }

    /**
     * The state of a subject's rights: restrictions of processing (art. 18) and objections
     * (art. 21) to some of the register's purposes, each decided or not.
     *
     * @param subject  the data subject the state is of
     * @param register the register whose purposes the objections name
     * @return a generator of subject states
     */
    public static Gen<SubjectState> subjectStates(SubjectId subject, Register register) {
        return SubjectGens.subjectState(subject, register);
    }

    /**
     * Operations (requests to process now) on the register's purposes, some stepping outside what
     * the register declares: a subject category or data category the purpose does not declare,
     * special and criminal data among them (art. 5(1)(b),(c)).
     *
     * @param subject  the data subject the operations are about
     * @param register the register whose purposes are used
     * @return a generator of operations to put to the processing decision
     */
    public static Gen<Operation> operations(SubjectId subject, Register register) {
        return SubjectGens.operation(subject, register);
    }

    // --- rights requests ---

    /**
     * {@return histories of rights requests, legal or not: the receipt, then up to six events,
     * mostly in time order, for the request's state machine to accept or refuse}
     */
    public static Gen<List<RequestEvent>> requestHistories() {
        return RequestGens.histories();
    }

    /**
     * {@return rights requests whose histories the state machine accepted: a generated history
     * replayed with each event it refuses, and every extension, left out}
     */
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

    /**
     * Records an insurer keeps under the register's purposes, each naming one of its purpose's
     * retention rules (if it has any) and with some of the events that start a retention period dated.
     *
     * @param register the register whose purposes, data categories and retention rules are used
     * @param max      the largest number of records in one list
     * @return a generator of lists of zero to {@code max} records, with ids {@code rec-0},
     *         {@code rec-1}, and so on
     */
    public static Gen<List<PersonalRecord>> records(Register register, int max) {
        return RecordGens.records(register, max);
    }

    /**
     * Legal holds that keep records from erasure: on one of the given records or on a dossier,
     * still active or lifted.
     *
     * @param records the records a hold may be placed on; when empty, every hold is on a dossier
     * @return a generator of legal holds
     */
    public static Gen<LegalHold> legalHolds(List<PersonalRecord> records) {
        return RecordGens.hold("hold", records);
    }

    // --- the audit trail and notices ---

    /**
     * {@return audit entries of any action and outcome, about a subject (its keyed reference, under a
     * fixed test key) or about none, with or without a purpose or a request type, resting on zero to
     * three rules of the GDPR, the UAVG or a statement; the accountability trail of art. 5(2)}
     */
    public static Gen<AuditEntry> auditEntries() {
        Gen<Citation> rules = Gens.elements(Citation.avg("5(2)"), Citation.avg("7(3)"), Citation.avg("12(3)"),
                Citation.avg("21(3)"), Citation.uavg("33"), Citation.statement("Zorggenoot", "Bewaartermijnen"));
        return c -> new AuditEntry(SubjectGens.instants().generate(c), Gens.elements(AuditAction.values()).generate(c),
                Gens.elements(Outcome.values()).generate(c),
                Gens.optionOf(SubjectGens.subjectIds()).generate(c).map(TEST_PSEUDONYMS::of),
                Gens.optionOf(Gens.elements("p0", "p1")).generate(c),
                Gens.optionOf(Gens.elements(RequestType.values())).generate(c), Gens.lists(rules, 0, 3).generate(c));
    }

    /** {@return audit trails: zero to eight audit entries, hash-chained in order} */
    public static Gen<List<ChainedEntry>> auditTrails() {
        return c -> {
            List<ChainedEntry> chain = List.empty();
            for (AuditEntry e : Gens.lists(auditEntries(), 0, 8).generate(c)) {
                chain = chain.append(AuditChain.link(chain.lastOption(), e));
            }
            return chain;
        };
    }

    /** {@return notices owed to a subject, of any kind and form, with or without a due date} */
    public static Gen<Notice> notices() {
        return c -> new Notice("notice-" + Gens.integers(0, 999).generate(c), Gens.elements(Notice.Kind.values())
                .generate(c), SubjectGens.subjectIds().generate(c), Gens.optionOf(RecordGens.dates()).generate(c),
                Gens.elements(Notice.Form.values()).generate(c), Citation.avg("12(3)"), "a notice");
    }

    // --- personal data for leak tests ---

    /**
     * {@return people whose data look real (names, e-mail addresses at example.nl, BSNs, phone
     * numbers, free text), made up for tests that nothing personal leaks into logs or output}
     */
    public static Gen<PersonalDataGens.Person> people() {
        return PersonalDataGens.persons();
    }

    /**
     * {@return citizen service numbers (BSN) that pass the eleven test, made up for leak tests}
     */
    public static Gen<String> bsns() {
        return PersonalDataGens.bsns();
    }
}
