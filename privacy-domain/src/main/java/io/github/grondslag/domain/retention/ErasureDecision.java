package io.github.grondslag.domain.retention;

import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.request.RefusalGround;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An erasure request (AVG 17) meets retention. Per record: erased, or kept with the ground and,
 * where retention decides it, the date from which the record will be gone.
 * <ul>
 *   <li>a legal hold keeps it: 17(3)(e) for legal claims, 17(3)(b) for an official investigation; no
 *       date until the hold is lifted;</li>
 *   <li>its purpose rests on a legal obligation or a public task and its period still runs:
 *       17(3)(b), with the date its period ends;</li>
 *   <li>its purpose rests on a contract whose relationship has not ended: the data are still
 *       necessary, so 17(1)(a) is not met;</li>
 *   <li>otherwise it is erased (17(1)), even inside a period the controller set itself.</li>
 * </ul>
 */
public record ErasureDecision(String recordId, Option<RefusalGround> keptOn, Option<LocalDate> erasedFrom,
                              String reason) {

    public ErasureDecision {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(keptOn, "keptOn");
        Objects.requireNonNull(erasedFrom, "erasedFrom");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean erase() {
        return keptOn.isEmpty();
    }

    /** The decision for each of the subject's records on the date of the request's answer. */
    public static List<ErasureDecision> decide(Register register, List<PersonalRecord> records,
                                               java.util.function.Function<PersonalRecord, List<LegalHold>> holds,
                                               LocalDate on) {
        return records.map(record -> {
            RetentionVerdict v = Retention.evaluate(register, record, holds.apply(record), on);
            if (v.verdict() == RetentionVerdict.Verdict.ON_HOLD) {
                return new ErasureDecision(record.id(), Option.some(v.citation().equals(
                        io.github.grondslag.domain.law.Citation.avg("17(3)(b)"))
                        ? RefusalGround.LEGAL_RETENTION_OBLIGATION : RefusalGround.LEGAL_CLAIMS), Option.none(),
                        v.reason());
            }
            boolean obligation = register.purpose(record.purposeId())
                    .exists(p -> p.lawfulBases().exists(b -> b.limitsErasure()));
            if (obligation && v.verdict() == RetentionVerdict.Verdict.RETAIN) {
                return new ErasureDecision(record.id(), Option.some(RefusalGround.LEGAL_RETENTION_OBLIGATION),
                        v.mustEraseFrom(), v.reason());
            }
            boolean contractRuns = register.purpose(record.purposeId())
                    .exists(p -> p.restsOn(io.github.grondslag.domain.law.LawfulBasis.CONTRACT))
                    && v.verdict() == RetentionVerdict.Verdict.RETAIN && v.mustEraseFrom().isEmpty()
                    && v.ruleId().isDefined();
            if (contractRuns) {
                return new ErasureDecision(record.id(), Option.some(RefusalGround.STILL_NECESSARY), Option.none(),
                        v.reason());
            }
            return new ErasureDecision(record.id(), Option.none(), Option.some(on), "no obligation to keep it is left");
        });
    }

    /** What the subject is told about a kept record (12(4)). */
    public Option<Rejection> refusal() {
        return keptOn.map(g -> new Rejection(g.citation(), switch (g) {
            case LEGAL_CLAIMS -> "kept while a legal claim is pending; it will be erased when that ends";
            case STILL_NECESSARY -> "still necessary for the contract, which has not ended (" + reason + ")";
            default -> erasedFrom.map(d -> "kept under a legal obligation; it will be erased from " + d)
                    .getOrElse("kept under a legal obligation whose period has not started yet (" + reason + ")");
        }));
    }
}
