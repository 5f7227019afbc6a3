package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.law.TransferSafeguard;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.register.Transfer;
import io.github.grondslag.domain.subject.SubjectId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersTest {

    private static final SubjectId S = SubjectId.of("s");

    private static Register register() {
        RegisterDraft d = Drafts.lawful();
        Purpose crm = Drafts.legitimateInterests("crm").recipients("mailer").build();
        return Drafts.build(d.withRecipients(List.of(new Recipient("mailer", "Mail house", RecipientKind.PROCESSOR,
                        Fact.YES, Option.none())))
                .withPurposes(List.of(Drafts.purpose("p1").recipients("mailer").build(), crm)));
    }

    private static PersonalRecord record(String id, String purpose, boolean provided, LocalDate ended) {
        return new PersonalRecord(id, S, purpose, List.of("contact"), provided ? Option.none() : Option.some("Vektis"),
                provided, Option.none(), Option.none(), ended == null ? HashMap.empty() : HashMap.of(RetentionTrigger.RELATIONSHIP_ENDED, ended));
    }

    @Test
    void accessNamesPurposesCategoriesRecipientsRetentionRightsComplaintRouteAndSources() {
        Answers.AccessAnswer a = Answers.access(register(), List.of(record("a", "p1", true, null),
                record("b", "crm", false, null)));
        assertEquals(List.of("p1", "crm"), a.purposes().map(Answers.PurposeInfo::purposeId));
        assertEquals(List.of("Contact details"), a.dataCategories());
        assertEquals(List.of("Mail house"), a.recipients());
        assertEquals(List.of(List.of("Mail house"), List.of("Mail house")),
                a.purposes().map(Answers.PurposeInfo::recipients), "15(1)(c) per purpose, by name");
        assertEquals(List.of("7 years after the relationship ends"), a.purposes().head().retention());
        assertEquals(List.of(DataSubjectRight.RECTIFICATION, DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION,
                DataSubjectRight.OBJECTION), a.rights());
        assertTrue(a.complaintRoute().contains("Autoriteit Persoonsgegevens"));
        assertEquals(List.of("Vektis"), a.sources());
    }

    /** 15(1)(g): the source is told only of data not collected from the subject. */
    @Test
    void accessToldTheSourceOnlyOfDataNotCollectedFromTheSubject() {
        PersonalRecord viaBroker = new PersonalRecord("c", S, "p1", List.of("contact"), Option.some("Broker"), true,
                Option.none(), Option.none(), HashMap.empty());
        Answers.AccessAnswer a = Answers.access(register(), List.of(viaBroker, record("b", "crm", false, null)));
        assertEquals(List.of("Vektis"), a.sources());
    }

    /** 15(1)(b) per purpose, and 15(2): only the transfers that concern the subject's recipients. */
    @Test
    void accessGivesEachPurposeItsOwnCategoriesAndOnlyTheTransfersOfTheSubjectsRecipients() {
        Register base = register();
        Register r = Drafts.build(base.draft()
                .withDataCategories(base.draft().dataCategories().append(DataCategory
                        .of("bank", "Bank account", DataClass.ORDINARY, Option.none())))
                .withRecipients(base.draft().recipients().append(new Recipient("archive", "Archive", RecipientKind.PROCESSOR,
                        Fact.YES, Option.none())))
                .withTransfers(List.of(
                        new Transfer("t-mailer", Option.some("mailer"), "Canada",
                                Option.some(TransferSafeguard.ADEQUACY_DECISION),
                                Option.none(), List.empty(), Option.none()),
                        new Transfer("t-archive", Option.some("archive"), "India",
                                Option.none(), Option.none(), List.empty(), Option.none()),
                        new Transfer("t-any", Option.none(), "Japan",
                                Option.none(), Option.none(), List.empty(), Option.none()))));
        PersonalRecord bank = new PersonalRecord("b", S, "crm", List.of("bank"), Option.none(), true, Option.none(),
                Option.none(), HashMap.empty());
        Answers.AccessAnswer a = Answers.access(r, List.of(record("a", "p1", true, null), bank));
        assertEquals(List.of(List.of("Contact details"), List.of("Bank account")),
                a.purposes().map(Answers.PurposeInfo::dataCategories));
        assertEquals(List.of("Contact details", "Bank account"), a.dataCategories());
        assertEquals(List.of("Canada: adequacy decision (AVG 45)", "Japan: no safeguard named"), a.transfers());
    }

    @Test
    void portabilityCoversOnlyDataTheSubjectProvidedOnConsentOrContract() {
        List<PersonalRecord> portable = Answers.portable(register(), List.of(record("a", "p1", true, null),
                record("b", "crm", true, null), record("c", "p1", false, null)));
        assertEquals(List.of("a"), portable.map(PersonalRecord::id));
    }

    @Test
    void aRefusalCitesTheProvisionThatFitsTheRequestType() {
        assertEquals("AVG 21(1)", Answers.refusal(RefusalGround.RIGHT_DOES_NOT_APPLY, RequestType.OBJECTION)
                .citation().toString());
        assertEquals("AVG 20(1)", Answers.refusal(RefusalGround.RIGHT_DOES_NOT_APPLY, RequestType.PORTABILITY)
                .citation().toString());
        assertEquals("AVG 20(4)", Answers.refusal(RefusalGround.RIGHTS_OF_OTHERS, RequestType.PORTABILITY)
                .citation().toString());
        assertEquals("AVG 12(5)", Answers.refusal(RefusalGround.EXCESSIVE, RequestType.ACCESS).citation().toString());
        assertThrows(IllegalArgumentException.class,
                () -> Answers.refusal(RefusalGround.RIGHTS_OF_OTHERS, RequestType.ERASURE));
    }

    @Test
    void aRefusalNamesItsGroundArticleAndTheComplaintRoute() {
        Answers.RefusalNotice n = Answers.refusal(RefusalGround.LEGAL_RETENTION_OBLIGATION, RequestType.ERASURE);
        assertEquals("AVG 17(3)(b)", n.citation().toString());
        assertTrue(n.complaintRoute().contains("AVG 77"));
    }

    @Test
    void anErasureCarriedOutIsOwedToEveryRecipientOrARecordedReason() {
        List<Answers.RecipientNotice> notices = Answers.recipientNotices(register(),
                List.of(record("a", "p1", true, null), record("b", "crm", true, null)), RequestType.ERASURE,
                HashMap.empty());
        assertEquals(List.of("mailer"), notices.map(Answers.RecipientNotice::recipientId));
        assertEquals(Option.some("disproportionate effort: archived tape"), Answers.recipientNotices(register(),
                List.of(record("a", "p1", true, null)), RequestType.RESTRICTION,
                HashMap.of("mailer", "disproportionate effort: archived tape")).head().notSentBecause());
        assertThrows(IllegalArgumentException.class, () -> Answers.recipientNotices(register(), List.empty(),
                RequestType.ACCESS, HashMap.empty()));
    }
}
