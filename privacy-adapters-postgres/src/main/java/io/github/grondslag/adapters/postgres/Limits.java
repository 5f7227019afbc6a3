package io.github.grondslag.adapters.postgres;

import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.TooLarge;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.Objection;
import io.github.grondslag.domain.subject.Restriction;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * What PostgreSQL cannot hold, checked before anything is written, so that the store never fails halfway
 * on a value and never acknowledges one it cannot read back exactly (docs/postgres.md, "Limits"):
 * <ul>
 *   <li>an id longer than {@value #MAX_ID_BYTES} bytes (UTF-8): a btree key holds about 2,700 bytes;</li>
 *   <li>a free text (an evidence reference, a notice's text) longer than {@value #MAX_TEXT_BYTES} bytes;</li>
 *   <li>a string with U+0000 or an unpaired surrogate, which {@code text} cannot store;</li>
 *   <li>an instant or a date outside the years 1 to 9999.</li>
 * </ul>
 * A refusal names the column, never the value.
 */
final class Limits {

    static final int MAX_ID_BYTES = 512;
    static final int MAX_TEXT_BYTES = 1024 * 1024;
    static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final ArrayList<TooLarge> found = new ArrayList<>(1);

    private Limits() {
    }

    /** The first value of the change that PostgreSQL could not hold, if any. */
    static Option<TooLarge> of(Change change) {
        Limits l = new Limits();
        for (Write w : change.writes()) {
            l.write(w);
        }
        for (AuditEntry e : change.audit()) {
            l.instant("audit_entry.at", e.at());
            e.purposeId().forEach(p -> l.id("audit_entry.purpose_id", p));
            for (Citation c : e.rules()) {
                l.citation("audit_citation", c);
            }
        }
        for (Notice n : change.notices()) {
            l.notice(n);
        }
        return l.first();
    }

    /** The first value of the records that PostgreSQL could not hold, if any. */
    static Option<TooLarge> ofRecords(Iterable<PersonalRecord> records) {
        Limits l = new Limits();
        for (PersonalRecord r : records) {
            l.id("personal_record.record_id", r.id());
            l.id("personal_record.subject_id", r.subject().value());
            l.id("personal_record.purpose_id", r.purposeId());
            r.dataCategories().forEach(d -> l.id("personal_record.data_categories", d));
            r.source().forEach(s -> l.text("personal_record.source", s));
            r.dossierId().forEach(d -> l.id("personal_record.dossier_id", d));
            r.retentionRule().forEach(x -> l.id("personal_record.retention_rule", x));
            r.triggers().values().forEach(d -> l.date("record_trigger.occurred_on", d));
        }
        return l.first();
    }

    /** An id of a read (a subject, a request): longer ones cannot be stored, so nothing is found. */
    static boolean storable(String id) {
        Limits l = new Limits();
        l.id("id", id);
        return l.found.isEmpty();
    }

    private Option<TooLarge> first() {
        return found.isEmpty() ? Option.none() : Option.some(found.get(0));
    }

    private void write(Write w) {
        if (w instanceof Write.Consent c) {
            id("consent_ledger.subject_id", c.ledger().subject().value());
            id("consent_ledger.purpose_id", c.ledger().purposeId());
            for (ConsentEvent e : c.ledger().events().drop((int) Math.min(Integer.MAX_VALUE,
                    Math.max(0, c.expectedVersion())))) {
                instant("consent_event.at", e.at());
                if (e instanceof ConsentEvent.Given g) {
                    g.statementVersion().forEach(d -> date("consent_event.statement_version", d));
                    text("consent_event.evidence_reference", g.evidenceReference());
                }
            }
        } else if (w instanceof Write.State s) {
            id("subject_state.subject_id", s.state().subject().value());
            for (Restriction r : s.state().restrictions()) {
                id("restriction.restriction_id", r.id());
                instant("restriction.from_at", r.from());
                r.liftedAt().forEach(at -> instant("restriction.lifted_at", at));
                r.consentedPurposes().forEach(p -> id("restriction.consented_purposes", p));
            }
            for (Objection o : s.state().objections()) {
                id("objection.purpose_id", o.purposeId());
                instant("objection.received_at", o.received());
                if (o.outcome() instanceof Objection.Outcome.Upheld u) {
                    instant("objection.decided_at", u.at());
                } else if (o.outcome() instanceof Objection.Outcome.Overridden x) {
                    instant("objection.decided_at", x.at());
                }
            }
        } else if (w instanceof Write.Request r) {
            id("rights_request.request_id", r.request().id());
            id("rights_request.subject_id", r.request().subject().value());
            for (RequestEvent e : r.request().events()) {
                instant("request_event.at", e.at());
            }
        } else {
            LegalHold h = ((Write.Hold) w).hold();
            id("legal_hold.hold_id", h.id());
            id("legal_hold.target_id", h.targetId());
            date("legal_hold.placed", h.placed());
            h.lifted().forEach(d -> date("legal_hold.lifted", d));
        }
    }

    private void notice(Notice n) {
        id("notice.notice_id", n.id());
        id("notice.subject_id", n.subject().value());
        n.dueBy().forEach(d -> date("notice.due_by", d));
        citation("notice.citation", n.citation());
        text("notice.about", n.about());
    }

    private void citation(String where, Citation c) {
        id(where + ".instrument", c.instrument());
        id(where + ".provision", c.provision());
    }

    private void id(String what, String value) {
        string(what, value, MAX_ID_BYTES);
    }

    private void text(String what, String value) {
        string(what, value, MAX_TEXT_BYTES);
    }

    private void string(String what, String value, int limit) {
        if (!found.isEmpty()) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\u0000') {
                found.add(new TooLarge(what + " holds U+0000, which PostgreSQL text cannot store", 1, 0));
                return;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                found.add(new TooLarge(what + " holds an unpaired surrogate, which UTF-8 cannot encode", 1, 0));
                return;
            }
        }
        if (value.length() > limit / 4) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > limit) {
                found.add(new TooLarge(what + " (bytes, UTF-8)", bytes, limit));
            }
        }
    }

    private void instant(String what, Instant at) {
        if (found.isEmpty() && (at.isBefore(FIRST) || at.isAfter(LAST))) {
            found.add(new TooLarge(what + " (epoch second; the years 1 to 9999)", at.getEpochSecond(),
                    LAST.getEpochSecond()));
        }
    }

    private void date(String what, LocalDate day) {
        if (found.isEmpty() && (day.getYear() < 1 || day.getYear() > 9999)) {
            found.add(new TooLarge(what + " (year; the years 1 to 9999)", day.getYear(), 9999));
        }
    }
}
