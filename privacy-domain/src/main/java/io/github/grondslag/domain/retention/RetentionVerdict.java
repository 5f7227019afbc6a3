package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.Printable;
import io.github.grondslag.domain.register.RetentionAction;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What retention says about one record on one date, and the dates that decide it: from when it may
 * be erased (inside a minimum–maximum window) and from when it must be gone.
 *
 * @param recordId the record's id
 * @param purposeId the id of the record's purpose
 * @param ruleId the retention rule that applies, or none when no single rule does
 * @param verdict the answer
 * @param mayEraseFrom the first day the record may be erased; none when it is not known (no single
 *        rule, no trigger yet, no duration or maximum) or a legal hold keeps the record
 * @param mustEraseFrom the first day the record must be gone; none in the same cases
 * @param action what to do when it goes: erase, anonymise, or either, as the rule says
 * @param citation the provision the verdict rests on
 * @param reason why, in words
 */
public record RetentionVerdict(
        String recordId,
        String purposeId,
        Option<String> ruleId,
        Verdict verdict,
        Option<LocalDate> mayEraseFrom,
        Option<LocalDate> mustEraseFrom,
        RetentionAction action,
        Citation citation,
        String reason) {

    /** The four answers. */
    public enum Verdict {
        /** Keep it: its period runs, or the event it runs from has not happened. */
        RETAIN,
        /** It may go now (past its minimum, inside its window), and must go by {@code mustEraseFrom}. */
        MAY_ERASE,
        /** It must be gone: its period has ended. */
        MUST_ERASE,
        /** A legal hold keeps it, whatever its period says. */
        ON_HOLD
    }

    /**
     * Checks that no component is {@code null}.
     *
     * @param recordId the record's id
     * @param purposeId the id of the record's purpose
     * @param ruleId the retention rule that applies, or none when no single rule does
     * @param verdict the answer
     * @param mayEraseFrom the first day the record may be erased, when known
     * @param mustEraseFrom the first day the record must be gone, when known
     * @param action what to do when it goes
     * @param citation the provision the verdict rests on
     * @param reason why, in words
     * @throws NullPointerException when a component is {@code null}
     */
    public RetentionVerdict {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(purposeId, "purposeId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(mayEraseFrom, "mayEraseFrom");
        Objects.requireNonNull(mustEraseFrom, "mustEraseFrom");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The record id is the insurer's and may identify the subject: not printed; the purpose and rule ids,
     * which come from the catalogue, are {@linkplain Printable printable}.
     */
    @Override
    public String toString() {
        return "RetentionVerdict[recordId=***, purposeId=" + Printable.of(purposeId) + ", ruleId="
                + ruleId.map(Printable::of) + ", verdict=" + verdict
                + ", mayEraseFrom=" + mayEraseFrom + ", mustEraseFrom=" + mustEraseFrom + ", action=" + action
                + ", citation=" + citation + ", reason=" + reason + "]";
    }
}
