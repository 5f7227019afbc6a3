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

    /**
     * One purpose the subject's data are processed for, with what 15(1)(a)–(d),(h) asks about it.
     *
     * @param purposeId the purpose's id in the register
     * @param name the purpose's name, as told to the subject (15(1)(a))
     * @param bases the lawful bases the purpose rests on (AVG 6)
     * @param dataCategories the names of the categories of the subject's data processed for it (15(1)(b))
     * @param recipients the names of its recipients (15(1)(c))
     * @param retention the descriptions of its retention rules (15(1)(d))
     * @param automatedDecisions whether it involves a solely automated decision (15(1)(h), 22)
     * @param profiling whether it involves profiling (15(1)(h))
     */
    public record PurposeInfo(String purposeId, String name, List<LawfulBasis> bases, List<String> dataCategories,
                              List<String> recipients, List<String> retention, boolean automatedDecisions,
                              boolean profiling) {
    }

    /**
     * The art. 15(1)(a)–(h) and 15(2) content of an answer to an access request.
     *
     * @param purposes each purpose the subject's data are processed for, with its details (15(1)(a), (d), (h))
     * @param dataCategories the names of all categories of the subject's data (15(1)(b))
     * @param recipients the names of all recipients of those purposes (15(1)(c))
     * @param rights the rights whose existence is always told: rectification, erasure, restriction and
     *        objection (15(1)(e))
     * @param complaintRoute where the subject can complain or go to court (15(1)(f)); {@link #COMPLAINT_ROUTE}
     * @param sources the sources of the data the subject did not provide (15(1)(g))
     * @param transfers the transfers to third countries that concern those recipients, each with its
     *        safeguard (15(2))
     */
    public record AccessAnswer(
            List<PurposeInfo> purposes,
            List<String> dataCategories,
            List<String> recipients,
            List<DataSubjectRight> rights,
            String complaintRoute,
            List<String> sources,
            List<String> transfers) {
    }

    /**
     * The answer to an access request (15): confirmation, and the information of 15(1) and (2).
     *
     * @param register the controller's register of processing
     * @param records the subject's records
     * @return what the answer must contain, per purpose and in total
     */
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
     *
     * @param register the controller's register of processing
     * @param records the subject's records
     * @return the records to hand over, in the order of {@code records}
     */
    public static List<PersonalRecord> portable(Register register, List<PersonalRecord> records) {
        return records.filter(r -> r.providedBySubject() && register.purpose(r.purposeId())
                .exists(Purpose::givesPortability));
    }

    /**
     * What a refusal tells the subject (12(4)): the ground with its article and the complaint route.
     *
     * @param ground why the request is not acted on
     * @param citation the provision of the ground for the request's type
     * @param complaintRoute where the subject can complain or go to court; {@link #COMPLAINT_ROUTE}
     */
    public record RefusalNotice(RefusalGround ground, Citation citation, String complaintRoute) {
    }

    /**
     * The refusal of a request of a given type, with the provision that fits the type
     * ({@link RefusalGround#citation(RequestType)}).
     *
     * @param ground why the request is not acted on
     * @param type the type of the request refused
     * @return what the refusal tells the subject
     * @throws IllegalArgumentException for the rights of others on a request other than access or portability
     */
    public static RefusalNotice refusal(RefusalGround ground, RequestType type) {
        return new RefusalNotice(ground, ground.citation(type), COMPLAINT_ROUTE);
    }

    /**
     * A notice to one recipient (19), or the recorded reason why it is not sent.
     *
     * @param recipientId the recipient's id in the register
     * @param action what was carried out: a rectification, erasure or restriction
     * @param notSentBecause why the notice is not sent (impossible, or a disproportionate effort), or
     *        none when it must be sent
     */
    public record RecipientNotice(String recipientId, RequestType action, Option<String> notSentBecause) {
        /**
         * Checks that no component is {@code null}.
         *
         * @param recipientId the recipient's id in the register
         * @param action what was carried out: a rectification, erasure or restriction
         * @param notSentBecause why the notice is not sent, or none when it must be sent
         * @throws NullPointerException when a component is {@code null}
         */
        public RecipientNotice {
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(notSentBecause, "notSentBecause");
        }
    }

    /**
     * After a rectification, erasure or restriction is carried out: a notice to every recipient of
     * the records' purposes (19), unless impossible or disproportionate, which must be recorded.
     *
     * @param register the controller's register of processing
     * @param records the records the action concerned
     * @param action the action carried out: {@link RequestType#RECTIFICATION}, {@link RequestType#ERASURE}
     *        or {@link RequestType#RESTRICTION}
     * @param notSentBecause the recorded reason, by recipient id, for each recipient not notified
     * @return one notice per recipient, each recipient once
     * @throws IllegalArgumentException when the action is not a rectification, erasure or restriction
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
