package io.github.grondslag.domain.notice;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice owed to a subject: what, to whom, by when ({@code dueBy} is empty while it is deferred),
 * in what form, and under which rule. The domain computes it; an outbox port sends it.
 */
public record Notice(String id, Kind kind, SubjectId subject, Option<LocalDate> dueBy, Form form, Citation citation,
                     String about) {

    /** What the notice is about. */
    public enum Kind {
        /** Inclusion in a fraud register (VGZ §VIII; AVG 14). */
        FRAUD_REGISTER_INCLUSION,
        /** The extension of a rights request, with its reasons (12(3)). */
        REQUEST_EXTENSION,
        /** A receipt for consent given (7(1): the controller can show what was consented to). */
        CONSENT_RECEIPT,
        /** The reasons for not acting on a request, with the complaint route (12(4)). */
        REFUSAL
    }

    /** How it must reach the subject. */
    public enum Form {
        /** An individual letter ("per brief toegelicht"). */
        LETTER,
        /** Any channel the controller uses with the subject. */
        ANY
    }

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(about, "about");
    }

    /** The id may hold a request's id: not printed, nor the subject. */
    @Override
    public String toString() {
        return "Notice[id=***, kind=" + kind + ", subject=***, dueBy=" + dueBy.map(LocalDate::toString).getOrElse("-")
                + ", form=" + form + ", citation=" + citation + "]";
    }

    /** Deferred: owed, but not yet (telling now would harm an investigation). */
    public boolean deferred() {
        return dueBy.isEmpty();
    }
}
