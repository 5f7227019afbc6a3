package io.github.grondslag.domain.subject;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.Change;
import io.github.grondslag.domain.port.Write;
import io.github.grondslag.domain.record.PersonalRecord;
import io.github.grondslag.domain.register.RetentionTrigger;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.notice.FraudRegister;
import io.github.grondslag.domain.notice.FraudRegistration;
import io.github.grondslag.domain.register.RetentionAction;
import io.github.grondslag.domain.retention.ErasureDecision;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.retention.RetentionVerdict;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No value that may be personal data is printed by a {@code toString} (docs/architecture.md). */
class ToStringLeakTest {

    private static final String NAME_AND_PHONE = "Jan Jansen 06-12345678";
    private static final String EMAIL = "j.jansen@example.nl";
    private static final String BSN = "123456782";
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private static void assertHidden(Object value) {
        String printed = value.toString();
        // it still says what it is, and shows where a value was left out
        assertTrue(printed.startsWith(value.getClass().getSimpleName() + "[") && printed.contains("***"),
                () -> value.getClass().getSimpleName() + " prints " + printed);
        for (String secret : List.of(NAME_AND_PHONE, EMAIL, BSN, "Jansen", "12345678")) {
            assertFalse(printed.contains(secret), () -> value.getClass().getSimpleName() + " prints " + secret
                    + ": " + printed);
        }
    }

    @Test
    void noDomainValueThatCarriesAnIdOrEvidencePrintsIt() {
        SubjectId subject = SubjectId.of(BSN);
        ConsentEvent given = new ConsentEvent.Given(AT, Option.none(), Channel.PHONE, NAME_AND_PHONE);
        ConsentLedger ledger = new ConsentLedger(subject, "p", List.of(given));
        SubjectState state = SubjectState.empty(subject).restrict(EMAIL, RestrictionGround.ACCURACY_CONTESTED, AT)
                .get();
        RightsRequest request = RightsRequest.received(EMAIL, subject, RequestType.ACCESS, AT);
        Notice notice = new Notice(EMAIL + "/extension", Notice.Kind.REQUEST_EXTENSION, subject,
                Option.some(LocalDate.of(2026, 2, 5)), Notice.Form.ANY, Citation.avg("12(3)"), "extension");
        PersonalRecord record = new PersonalRecord(BSN + "-claim", subject, "p", List.of("d"),
                Option.some(NAME_AND_PHONE), true, Option.some(EMAIL), Option.none(),
                HashMap.of(RetentionTrigger.RECORDED, LocalDate.of(2026, 1, 5)));
        LegalHold hold = LegalHold.onDossier(EMAIL, BSN, LegalHold.Reason.PENDING_LAWSUIT, LocalDate.of(2026, 1, 5));
        ErasureDecision erasure = new ErasureDecision(record.id(), Option.none(), Option.some(LocalDate.of(2026, 2, 5)),
                "no obligation to keep it is left");
        RetentionVerdict verdict = new RetentionVerdict(record.id(), "p", Option.some("r"),
                RetentionVerdict.Verdict.MUST_ERASE, Option.none(), Option.none(), RetentionAction.ERASE,
                Citation.avg("5(1)(e)"), "its period has ended");
        FraudRegistration registration = new FraudRegistration(EMAIL, subject, FraudRegister.EVR,
                LocalDate.of(2026, 1, 5), false, Option.none(), true);
        for (Object value : List.of(erasure, verdict, registration, subject,
                io.github.grondslag.domain.audit.Pseudonyms.withKey(new byte[32]))) {
            assertHidden(value);
        }
        for (Object value : List.of(given, ledger, state, state.restrictions().head(), request, notice, record, hold,
                new Write.Consent(ledger, 0), new Write.State(state, 0), new Write.Request(request, 0),
                new Write.Hold(hold, 0), new Change(List.of(new Write.Consent(ledger, 0)), List.empty(),
                        List.of(notice)))) {
            assertHidden(value);
        }
    }
}
