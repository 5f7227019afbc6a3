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
 *
 * @param recordId the record's id
 * @param keptOn the ground on which the record is kept, or none when it is erased
 * @param erasedFrom the date from which it will be gone: the date of the decision when it is erased,
 *        the end of its period when a legal obligation keeps it, none when a hold or a running contract
 *        keeps it (or the period has not started)
 * @param reason why, in words: the retention verdict's reason when the record is kept
 */
public record ErasureDecision(String recordId, Option<RefusalGround> keptOn, Option<LocalDate> erasedFrom,
                              String reason) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param recordId the record's id
     * @param keptOn the ground on which the record is kept, or none when it is erased
     * @param erasedFrom the date from which it will be gone, when known
     * @param reason why, in words
     * @throws NullPointerException when a component is {@code null}
     */
    public ErasureDecision {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(keptOn, "keptOn");
        Objects.requireNonNull(erasedFrom, "erasedFrom");
        Objects.requireNonNull(reason, "reason");
    }

    /** The record id is the insurer's and may identify the subject: not printed. */
    @Override
    public String toString() {
        return "ErasureDecision[recordId=***, keptOn=" + keptOn + ", erasedFrom=" + erasedFrom + ", reason=" + reason
                + "]";
    }

    /** {@return whether the record is erased: no ground keeps it} */
    public boolean erase() {
        return keptOn.isEmpty();
    }

    /**
     * The decision for each of the subject's records on the date of the request's answer.
     *
     * @param register the controller's register of processing, with the purposes and retention rules
     * @param records the subject's records
     * @param holds the legal holds that may cover a record
     * @param on the date of the answer
     * @return one decision per record, in the order of {@code records}
     */
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

    /**
     * What the subject is told about a kept record (12(4)).
     *
     * @return the ground's provision with the reason in words, or none when the record is erased
     */
    public Option<Rejection> refusal() {
        return keptOn.map(g -> new Rejection(g.citation(), switch (g) {
            case LEGAL_CLAIMS -> "kept while a legal claim is pending; it will be erased when that ends";
            case STILL_NECESSARY -> "still necessary for the contract, which has not ended (" + reason + ")";
            default -> erasedFrom.map(d -> "kept under a legal obligation; it will be erased from " + d)
                    .getOrElse("kept under a legal obligation whose period has not started yet (" + reason + ")");
        }));
    }
}
