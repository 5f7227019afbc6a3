package io.github.grondslag.adapters.json.store;

import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.audit.ChainedEntry;
import io.github.grondslag.domain.audit.Outcome;
import io.github.grondslag.domain.audit.SubjectRef;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.Restriction;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.subject.SubjectState;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The journal's JSON form of every value it stores (docs/stores.md, "The journal"): one record per
 * value, mapped by the hardened mapper, and back. Enum constants are written by name.
 */
final class Documents {

    private Documents() {
    }

    // --- consent events (7(1), 7(3)) ---

    record ConsentEventDoc(String type, String at, String statementVersion, String channel, String evidenceReference) {
    }

    static ConsentEventDoc consent(ConsentEvent e) {
        return e instanceof ConsentEvent.Given g
                ? new ConsentEventDoc("given", g.at().toString(),
                g.statementVersion().map(LocalDate::toString).getOrNull(), g.channel().name(), g.evidenceReference())
                : new ConsentEventDoc("withdrawn", e.at().toString(), null,
                ((ConsentEvent.Withdrawn) e).channel().name(), null);
    }

    static ConsentEvent consent(ConsentEventDoc e) {
        return switch (e.type()) {
            case "given" -> new ConsentEvent.Given(Instant.parse(e.at()),
                    Option.of(e.statementVersion()).map(LocalDate::parse), Channel.valueOf(e.channel()),
                    required(e.evidenceReference(), "evidenceReference"));
            case "withdrawn" -> new ConsentEvent.Withdrawn(Instant.parse(e.at()), Channel.valueOf(e.channel()));
            default -> throw new IllegalArgumentException("unknown consent event type");
        };
    }

    // --- subject state (18, 21) ---

    record RestrictionDoc(String id, String ground, String from, String liftedAt,
                          java.util.List<String> consentedPurposes) {
    }

    record ObjectionDoc(String purposeId, String received, boolean directMarketing, String outcome, String decidedAt,
                        String overrideGround) {
    }

    record StateDoc(String subject, long version, java.util.List<RestrictionDoc> restrictions,
                    java.util.List<ObjectionDoc> objections) {
    }

    static StateDoc state(SubjectState s) {
        return new StateDoc(s.subject().value(), s.version(),
                s.restrictions().map(r -> new RestrictionDoc(r.id(), r.ground().name(), r.from().toString(),
                        r.liftedAt().map(Instant::toString).getOrNull(),
                        r.consentedPurposes().toList().sorted().toJavaList())).toJavaList(),
                s.objections().map(Documents::objection).toJavaList());
    }

    private static ObjectionDoc objection(Objection o) {
        Objection.Outcome out = o.outcome();
        if (out instanceof Objection.Outcome.Upheld u) {
            return new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(), "upheld",
                    u.at().toString(), null);
        }
        if (out instanceof Objection.Outcome.Overridden x) {
            return new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(), "overridden",
                    x.at().toString(), x.ground().name());
        }
        return new ObjectionDoc(o.purposeId(), o.received().toString(), o.directMarketing(), "pending", null, null);
    }

    static SubjectState state(StateDoc d) {
        List<Restriction> restrictions = List.ofAll(d.restrictions()).map(r -> new Restriction(r.id(),
                RestrictionGround.valueOf(r.ground()), Instant.parse(r.from()),
                Option.of(r.liftedAt()).map(Instant::parse), HashSet.ofAll(r.consentedPurposes())));
        List<Objection> objections = List.ofAll(d.objections()).map(o -> new Objection(o.purposeId(),
                Instant.parse(o.received()), o.directMarketing(), switch (o.outcome()) {
                    case "upheld" -> new Objection.Outcome.Upheld(Instant.parse(o.decidedAt()));
                    case "overridden" -> new Objection.Outcome.Overridden(Instant.parse(o.decidedAt()),
                            OverrideGround.valueOf(o.overrideGround()));
                    case "pending" -> new Objection.Outcome.Pending();
                    default -> throw new IllegalArgumentException("unknown objection outcome");
                }));
        return new SubjectState(SubjectId.of(d.subject()), restrictions, objections, d.version());
    }

    // --- rights request events (12, 15-22) ---

    record RequestEventDoc(String type, String at, String requestType, String information, Integer months,
                           String reason, String ground) {
    }

    static RequestEventDoc request(RequestEvent e) {
        String at = e.at().toString();
        if (e instanceof RequestEvent.Received x) {
            return new RequestEventDoc("received", at, x.type().name(), null, null, null, null);
        }
        if (e instanceof RequestEvent.InformationRequested x) {
            return new RequestEventDoc("information-requested", at, null, x.what().name(), null, null, null);
        }
        if (e instanceof RequestEvent.Extended x) {
            return new RequestEventDoc("extended", at, null, null, x.months(), x.reason().name(), null);
        }
        if (e instanceof RequestEvent.PartlyGranted x) {
            return new RequestEventDoc("partly-granted", at, null, null, null, null, x.ground().name());
        }
        if (e instanceof RequestEvent.Refused x) {
            return new RequestEventDoc("refused", at, null, null, null, null, x.ground().name());
        }
        String type = e instanceof RequestEvent.InformationReceived ? "information-received"
                : e instanceof RequestEvent.Started ? "started"
                : e instanceof RequestEvent.Completed ? "completed" : "withdrawn";
        return new RequestEventDoc(type, at, null, null, null, null, null);
    }

    static RequestEvent request(RequestEventDoc e) {
        Instant at = Instant.parse(e.at());
        return switch (e.type()) {
            case "received" -> new RequestEvent.Received(at, RequestType.valueOf(e.requestType()));
            case "information-requested" -> new RequestEvent.InformationRequested(at,
                    RequestEvent.Information.valueOf(e.information()));
            case "information-received" -> new RequestEvent.InformationReceived(at);
            case "started" -> new RequestEvent.Started(at);
            case "extended" -> new RequestEvent.Extended(at, required(e.months(), "months"),
                    RequestEvent.ExtensionReason.valueOf(e.reason()));
            case "completed" -> new RequestEvent.Completed(at);
            case "partly-granted" -> new RequestEvent.PartlyGranted(at, RefusalGround.valueOf(e.ground()));
            case "refused" -> new RequestEvent.Refused(at, RefusalGround.valueOf(e.ground()));
            case "withdrawn" -> new RequestEvent.Withdrawn(at);
            default -> throw new IllegalArgumentException("unknown request event type");
        };
    }

    // --- legal holds (17(3)) ---

    record HoldDoc(String id, String scope, String targetId, String reason, String placed, String lifted) {
    }

    static HoldDoc hold(LegalHold h) {
        return new HoldDoc(h.id(), h.scope().name(), h.targetId(), h.reason().name(), h.placed().toString(),
                h.lifted().map(LocalDate::toString).getOrNull());
    }

    static LegalHold hold(HoldDoc d) {
        return new LegalHold(d.id(), LegalHold.Scope.valueOf(d.scope()), d.targetId(),
                LegalHold.Reason.valueOf(d.reason()), LocalDate.parse(d.placed()),
                Option.of(d.lifted()).map(LocalDate::parse));
    }

    // --- notices ---

    record NoticeDoc(String id, String kind, String subject, String dueBy, String form, String instrument,
                     String provision, String about) {
    }

    static NoticeDoc notice(Notice n) {
        return new NoticeDoc(n.id(), n.kind().name(), n.subject().value(), n.dueBy().map(LocalDate::toString)
                .getOrNull(), n.form().name(), n.citation().instrument(), n.citation().provision(), n.about());
    }

    static Notice notice(NoticeDoc d) {
        return new Notice(d.id(), Notice.Kind.valueOf(d.kind()), SubjectId.of(d.subject()),
                Option.of(d.dueBy()).map(LocalDate::parse), Notice.Form.valueOf(d.form()),
                new Citation(d.instrument(), d.provision()), d.about());
    }

    // --- audit entries (5(2)) ---

    record CitationDoc(String instrument, String provision) {
    }

    record AuditDoc(long sequence, String at, String action, String outcome, String subject, String purposeId,
                    String requestType, java.util.List<CitationDoc> rules, String previous, String hash) {
    }

    static AuditDoc audit(ChainedEntry c) {
        AuditEntry e = c.entry();
        return new AuditDoc(c.sequence(), e.at().toString(), e.action().name(), e.outcome().name(),
                e.subject().map(SubjectRef::value).getOrNull(), e.purposeId().getOrNull(),
                e.requestType().map(Enum::name).getOrNull(),
                e.rules().map(r -> new CitationDoc(r.instrument(), r.provision())).toJavaList(), c.previous(),
                c.hash());
    }

    static ChainedEntry audit(AuditDoc d) {
        return new ChainedEntry(d.sequence(), new AuditEntry(Instant.parse(d.at()), AuditAction.valueOf(d.action()),
                Outcome.valueOf(d.outcome()), Option.of(d.subject()).map(SubjectRef::new), Option.of(d.purposeId()),
                Option.of(d.requestType()).map(RequestType::valueOf),
                List.ofAll(d.rules()).map(r -> new Citation(r.instrument(), r.provision()))), d.previous(), d.hash());
    }

    // --- records of the catalogue ---

    record RecordDoc(String id, String subject, String purposeId, java.util.List<String> dataCategories, String source,
                     boolean providedBySubject, String dossierId, String retentionRule,
                     java.util.Map<String, String> triggers) {
    }

    static RecordDoc record(PersonalRecord r) {
        java.util.Map<String, String> triggers = new java.util.LinkedHashMap<>();
        r.triggers().forEach((k, v) -> triggers.put(k.name(), v.toString()));
        return new RecordDoc(r.id(), r.subject().value(), r.purposeId(), r.dataCategories().toJavaList(),
                r.source().getOrNull(), r.providedBySubject(), r.dossierId().getOrNull(),
                r.retentionRule().getOrNull(), triggers);
    }

    static PersonalRecord record(RecordDoc d) {
        return new PersonalRecord(d.id(), SubjectId.of(d.subject()), d.purposeId(), List.ofAll(d.dataCategories()),
                Option.of(d.source()), d.providedBySubject(), Option.of(d.dossierId()), Option.of(d.retentionRule()),
                LinkedHashMap.ofAll(d.triggers()).mapKeys(RetentionTrigger::valueOf).mapValues(LocalDate::parse));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value;
    }
}
