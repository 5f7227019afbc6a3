package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.Transfer;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What the answer to a rights request must contain, assembled from the register and the
 * subject's records (AVG 12(4), 15, 19, 20). The domain says what to tell; adapters render it. An
 * erasure refused for a retention obligation answers with its date through
 * {@code retention.ErasureDecision}.
 */
public final class Answers {

    /** Where a subject can complain or go to court (12(4), 77, 79). */
    public static final String COMPLAINT_ROUTE = "a complaint to the supervisory authority (in the Netherlands the"
            + " Autoriteit Persoonsgegevens, AVG 77) or an action before a court (AVG 79)";

    private Answers() {
    }

    /** One purpose the subject's data are processed for, with what 15(1)(a)–(d),(h) asks about it. */
    public record PurposeInfo(String purposeId, String name, List<LawfulBasis> bases, List<String> dataCategories,
                              List<String> recipients, List<String> retention, boolean automatedDecisions,
                              boolean profiling) {
    }

    /** The art. 15(1)(a)–(h) and 15(2) content of an answer to an access request. */
    public record AccessAnswer(
            List<PurposeInfo> purposes,
            List<String> dataCategories,
            List<String> recipients,
            List<DataSubjectRight> rights,
            String complaintRoute,
            List<String> sources,
            List<String> transfers) {
    }

    /** The answer to an access request (15): confirmation, and the information of 15(1) and (2). */
    public static AccessAnswer access(Register register, List<PersonalRecord> records) {
        List<String> purposeIds = records.map(PersonalRecord::purposeId).distinct();
        List<PurposeInfo> purposes = purposeIds.flatMap(register::purpose).map(p -> new PurposeInfo(p.id(), p.name(),
                p.lawfulBases(), records.filter(r -> r.purposeId().equals(p.id()))
                .flatMap(PersonalRecord::dataCategories).distinct()
                .flatMap(register::dataCategory).map(c -> c.name()),
                p.recipients().flatMap(register::recipient).map(r -> r.name()),
                register.retentionRulesOf(p).map(RetentionRule::description),
                p.automation().decision().isDefined(), p.automation().profiling()));
        List<String> recipientIds = purposeIds.flatMap(register::purpose).flatMap(Purpose::recipients).distinct();
        return new AccessAnswer(
                purposes,
                records.flatMap(PersonalRecord::dataCategories).distinct().flatMap(register::dataCategory)
                        .map(c -> c.name()),
                recipientIds.flatMap(register::recipient).map(r -> r.name()),
                // 15(1)(e): the existence of these rights is always told, whatever the statement offers
                List.of(DataSubjectRight.RECTIFICATION, DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION,
                        DataSubjectRight.OBJECTION),
                COMPLAINT_ROUTE,
                records.filter(r -> !r.providedBySubject()).flatMap(PersonalRecord::source).distinct(),
                register.transfers().filter(t -> t.recipient().exists(recipientIds::contains)
                        || t.recipient().isEmpty()).map(Answers::describe));
    }

    private static String describe(Transfer t) {
        return t.destination() + ": " + t.safeguard().map(s -> s.name().toLowerCase().replace('_', ' ')
                + " (" + s.citation() + ")").getOrElse("no safeguard named");
    }

    /**
     * The records that portability covers (20(1)): those the subject provided, processed on consent
     * or contract (automated processing is assumed for the records an insurer's systems hold).
     */
    public static List<PersonalRecord> portable(Register register, List<PersonalRecord> records) {
        return records.filter(r -> r.providedBySubject() && register.purpose(r.purposeId())
                .exists(Purpose::givesPortability));
    }

    /** What a refusal tells the subject (12(4)): the ground with its article and the complaint route. */
    public record RefusalNotice(RefusalGround ground, Citation citation, String complaintRoute) {
    }

    /** The refusal of a request of a given type, with the provision that fits the type. */
    public static RefusalNotice refusal(RefusalGround ground, RequestType type) {
        return new RefusalNotice(ground, ground.citation(type), COMPLAINT_ROUTE);
    }

    /** A notice to one recipient (19), or the recorded reason why it is not sent. */
    public record RecipientNotice(String recipientId, RequestType action, Option<String> notSentBecause) {
        public RecipientNotice {
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(notSentBecause, "notSentBecause");
        }
    }

    /**
     * After a rectification, erasure or restriction is carried out: a notice to every recipient of
     * the records' purposes (19), unless impossible or disproportionate, which must be recorded.
     */
    public static List<RecipientNotice> recipientNotices(Register register, List<PersonalRecord> records,
                                                         RequestType action, Map<String, String> notSentBecause) {
        if (action != RequestType.RECTIFICATION && action != RequestType.ERASURE && action != RequestType.RESTRICTION) {
            throw new IllegalArgumentException("article 19 concerns rectification, erasure and restriction");
        }
        return records.map(PersonalRecord::purposeId).distinct().flatMap(register::purpose)
                .flatMap(Purpose::recipients).distinct()
                .map(id -> new RecipientNotice(id, action, notSentBecause.get(id)));
    }
}
