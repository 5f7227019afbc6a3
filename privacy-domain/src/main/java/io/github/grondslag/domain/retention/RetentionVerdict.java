package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.register.RetentionAction;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What retention says about one record on one date, and the dates that decide it: from when it may
 * be erased (inside a minimum–maximum window) and from when it must be gone.
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
}
