package io.github.grondslag.domain.notice;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice owed to a subject: what, to whom, by when ({@code dueBy} is empty while it is deferred),
 * in what form, and under which rule. The domain computes it; an outbox port sends it.
 *
 * @param id the notice's id, unique per notice owed; the outbox uses it to know what was sent
 * @param kind what the notice is about
 * @param subject the subject the notice is owed to
 * @param dueBy the last day on which it is in time, or none while it is deferred
 * @param form how it must reach the subject
 * @param citation the article or statement section that makes it owed
 * @param about a short description of its content, without personal data
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

    /**
     * Checks that no component is {@code null}.
     *
     * @param id the notice's id, unique per notice owed
     * @param kind what the notice is about
     * @param subject the subject the notice is owed to
     * @param dueBy the last day on which it is in time, or none while it is deferred
     * @param form how it must reach the subject
     * @param citation the article or statement section that makes it owed
     * @param about a short description of its content, without personal data
     * @throws NullPointerException when a component is {@code null}
     */
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

    /** {@return whether it is deferred: owed, but not yet (telling now would harm an investigation)} */
    public boolean deferred() {
        return dueBy.isEmpty();
    }
}
