package io.github.grondslag.domain.notice;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.request.Deadlines;
import io.github.grondslag.domain.request.RequestEvent;
import io.github.grondslag.domain.request.RightsRequest;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.time.LocalDate;

/** Computes the notices owed to subjects (docs/retention.md), and which of them are overdue. */
public final class Notices {

    private static final Citation VGZ_VIII = Citation.statement("VGZ", "§VIII");

    private Notices() {
    }

    /**
     * The notice owed for an inclusion in a fraud register (VGZ §VIII: "Voor alle registers geldt dat
     * wij betrokkenen informeren. Dit doen wij in de meeste gevallen voordat de gegevens in de
     * registers worden opgenomen. Tenzij openbaring het onderzoek schaadt, dan wordt u na afloop van
     * het onderzoek op de hoogte gebracht, als wij uw registratie in het IR, IVR of EVR laten staan."):
     * <ul>
     *   <li>announced before inclusion: due by the inclusion date;</li>
     *   <li>when telling would harm the investigation: deferred while it runs; after it ends, due on
     *       its last day if the registration stays, and none owed if it is removed;</li>
     *   <li>IR and EVR by individual letter.</li>
     * </ul>
     *
     * @param r the inclusion in a fraud register
     * @return the notice owed (deferred, without a due date, while the investigation runs), or none when
     *         the investigation ended and the registration was removed
     */
    public static Option<Notice> fraudRegistration(FraudRegistration r) {
        Notice.Form form = r.register().explainedByLetter() ? Notice.Form.LETTER : Notice.Form.ANY;
        String about = "inclusion in the " + r.register().dutchName() + " (" + r.register() + ")";
        if (!r.tellingHarmsInvestigation()) {
            return Option.some(new Notice(r.id(), Notice.Kind.FRAUD_REGISTER_INCLUSION, r.subject(),
                    Option.some(r.inclusion()), form, VGZ_VIII, about + ", announced before inclusion"));
        }
        if (r.investigationEnded().isEmpty()) {
            return Option.some(new Notice(r.id(), Notice.Kind.FRAUD_REGISTER_INCLUSION, r.subject(), Option.none(),
                    form, VGZ_VIII, about + ", deferred while telling would harm the investigation"));
        }
        return r.registrationStays()
                ? Option.some(new Notice(r.id(), Notice.Kind.FRAUD_REGISTER_INCLUSION, r.subject(),
                r.investigationEnded(), form, VGZ_VIII, about + ", told after the investigation, as it stays"))
                : Option.none();
    }

    /**
     * The extension notice of a rights request: with its reasons, by the end of the first period (12(3)).
     *
     * @param request the rights request
     * @param deadlines the deadlines that date the end of its first period
     * @return the notice owed, or none when the request was not extended
     */
    public static Option<Notice> extension(RightsRequest request, Deadlines deadlines) {
        Option<RequestEvent.Extended> extended = request.events()
                .find(e -> e instanceof RequestEvent.Extended).map(e -> (RequestEvent.Extended) e);
        return extended.map(x -> new Notice(request.id() + "/extension", Notice.Kind.REQUEST_EXTENSION,
                request.subject(), deadlines.due(request).firstPeriodEnd(), Notice.Form.ANY, Citation.avg("12(3)"),
                "extension by " + x.months() + " month(s) because of "
                        + x.reason().name().toLowerCase().replace('_', ' ')));
    }

    /**
     * The receipt for the last consent given in a ledger, due the day it was given (7(1): the
     * controller must be able to show what was consented to). Its id holds no subject id, only a
     * non-reversible fingerprint of it.
     *
     * @param ledger one subject's consent ledger for one purpose
     * @param deadlines the deadlines whose zone dates the instant of the consent
     * @return the receipt owed, or none when the ledger holds no consent given
     */
    public static Option<Notice> consentReceipt(ConsentLedger ledger, Deadlines deadlines) {
        return ledger.events().filter(e -> e instanceof ConsentEvent.Given).lastOption()
                .map(g -> new Notice("consent-receipt/" + ledger.purposeId() + "/" + g.at() + "/"
                        + fingerprint(ledger.subject().value()), Notice.Kind.CONSENT_RECEIPT, ledger.subject(),
                        Option.some(deadlines.localDate(g.at())), Notice.Form.ANY, Citation.avg("7(1)"),
                        "receipt for consent to the purpose '" + ledger.purposeId() + "'"));
    }

    /** A stable, non-reversible short key for a subject id, so that notice ids are unique but hold no id. */
    private static String fingerprint(String subjectId) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(subjectId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The notices that are due, not deferred, not sent, and past their date.
     *
     * @param owed the notices owed
     * @param sentIds the ids of the notices already sent
     * @param today the date to judge on; a notice due today is still in time
     * @return the overdue notices, in the order of {@code owed}
     */
    public static Seq<Notice> overdue(Seq<Notice> owed, Set<String> sentIds, LocalDate today) {
        return owed.filter(n -> !sentIds.contains(n.id()) && n.dueBy().exists(d -> d.isBefore(today)));
    }
}
