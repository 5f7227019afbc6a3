package io.github.grondslag.testkit.seeds;

import io.github.grondslag.domain.decision.Decider;
import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.Rejection;
import io.github.grondslag.domain.audit.AuditAction;
import io.github.grondslag.domain.audit.AuditEntry;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.domain.usecase.Refusal;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed statements' promises, end to end on the in-memory adapters (issue: consent, restriction, objection). */
class SeedScenariosTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("relation-4711");

    private static List<Citation> citations(Decision d) {
        return d instanceof Decision.Denied denied ? denied.reasons().map(Rejection::citation) : List.empty();
    }

    private static void assertNoSubjectInAudit(InMemoryPrivacy privacy) {
        for (AuditEntry e : privacy.store.entries()) {
            assertFalse(e.toString().contains(SUBJECT.value()), e::toString);
        }
    }

    @Test
    void zorggenootOffersStopWhenTheSubjectClicksTheWithdrawalLinkButEarlierOffersStayLawful() {
        // 'Om aanbiedingen te kunnen doen': "mits je daarvoor toestemming hebt gegeven ... door op een link
        // onderaan een e-mail te klikken". The purpose cites 6(1)(b) but asks consent, so consent governs it.
        InMemoryPrivacy zg = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.ZORGGENOOT), START);
        Operation offer = Operation.use(SUBJECT, "carers", "zg-offers", List.of("identity-contact"));

        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(zg.decisions.decide(offer)));
        assertTrue(zg.consents.give(SUBJECT, "zg-offers", Channel.WEB_FORM, "form-2026-03-02").isRight());
        zg.clock.advance(Duration.ofDays(10));
        assertSame(Decision.PERMITTED, zg.decisions.decide(offer));

        Instant clicked = START.plus(Duration.ofDays(30));
        zg.clock.set(clicked);
        assertTrue(zg.consents.withdraw(SUBJECT, "zg-offers", Channel.EMAIL_LINK).isRight());
        zg.clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(zg.decisions.decide(offer)));

        // 7(3): the withdrawal does not reach back; the offer of day 10 was lawful and stays so.
        Decider decider = Decider.of(SeedRegisters.read(SeedRegisters.ZORGGENOOT));
        assertSame(Decision.PERMITTED, decider.decide(offer, zg.store.state(SUBJECT),
                zg.store.ledgers(SUBJECT), START.plus(Duration.ofDays(10))));
        assertNoSubjectInAudit(zg);
    }

    @Test
    void zorggenootOffersAreDirectMarketingSoAnObjectionIsUpheldAtOnceAndCannotBeOverridden() {
        InMemoryPrivacy zg = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.ZORGGENOOT), START);
        zg.consents.give(SUBJECT, "zg-offers", Channel.WEB_FORM, "form-1");
        assertTrue(zg.rights.object(SUBJECT, "zg-offers").isRight());
        Operation offer = Operation.use(SUBJECT, "carers", "zg-offers", List.of("identity-contact"));
        assertEquals(List.of(Citation.avg("21(3)")), citations(zg.decisions.decide(offer)));
        Refusal refused = zg.rights.override(SUBJECT, "zg-offers", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS)
                .getLeft();
        assertEquals(Citation.avg("21(3)"), ((Refusal.Rejected) refused).rejection().citation());
    }

    @Test
    void vgzPublishesAPartnersLogoOrEventPhotosOnlyWithConsent() {
        // 'Wat zijn de grondslagen' – Toestemming: "het publiceren van uw logo of foto's van evenementen".
        InMemoryPrivacy vgz = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.VGZ), START);
        Operation publish = Operation.use(SUBJECT, "care-providers", "vgz-publication", List.of("recordings"));
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(vgz.decisions.decide(publish)));
        vgz.consents.give(SUBJECT, "vgz-publication", Channel.EMAIL, "mail-2026-0302-17");
        assertSame(Decision.PERMITTED, vgz.decisions.decide(publish));
        vgz.clock.advance(Duration.ofDays(90));
        vgz.consents.withdraw(SUBJECT, "vgz-publication", Channel.EMAIL);
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(vgz.decisions.decide(publish)));
    }

    @Test
    void vgzPutsEmployersInTouchWithVitalityProvidersOnlyWithConsentAndOnlyForEmployers() {
        // 'Met wie wisselen wij gegevens uit' – Providers / diensten voor vitaliteit: "uitsluitend op basis
        // van uw toestemming nadat wij u hierover informeren".
        InMemoryPrivacy vgz = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.VGZ), START);
        Operation introduce = Operation.use(SUBJECT, "employers", "vgz-vitality", List.of("contact-details"));
        assertEquals(List.of(Citation.avg("6(1)(a)")), citations(vgz.decisions.decide(introduce)));
        vgz.consents.give(SUBJECT, "vgz-vitality", Channel.PORTAL, "mijnzakelijk-consent-88");
        assertSame(Decision.PERMITTED, vgz.decisions.decide(introduce));
        Operation asCareProvider = Operation.use(SUBJECT, "care-providers", "vgz-vitality", List.of("contact-details"));
        assertEquals(List.of(Citation.avg("5(1)(b)")), citations(vgz.decisions.decide(asCareProvider)));
    }

    @Test
    void vgzRelationshipManagementAfterAnObjectionStopsWhenUpheldAndGoesOnWhenOverridden() {
        // §IV on legitimate interests; 'Bezwaar': "kan niet worden uitgevoerd wanneer wij kunnen aantonen dat
        // ons belang zwaarder weegt" (21(1)).
        InMemoryPrivacy vgz = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.VGZ), START);
        Operation visit = Operation.use(SUBJECT, "employers", "vgz-iv-relationship", List.of("contact-details"));
        assertSame(Decision.PERMITTED, vgz.decisions.decide(visit));

        assertTrue(vgz.rights.object(SUBJECT, "vgz-iv-relationship").isRight());
        assertSame(Decision.PERMITTED, vgz.decisions.decide(visit), "a pending objection alone does not stop it");
        vgz.clock.advance(Duration.ofDays(14));
        assertTrue(vgz.rights.uphold(SUBJECT, "vgz-iv-relationship").isRight());
        assertEquals(List.of(Citation.avg("21(1)")), citations(vgz.decisions.decide(visit)));

        SubjectId other = SubjectId.of("relation-4712");
        Operation otherVisit = Operation.use(other, "employers", "vgz-iv-relationship", List.of("contact-details"));
        vgz.rights.object(other, "vgz-iv-relationship");
        assertTrue(vgz.rights.override(other, "vgz-iv-relationship", OverrideGround.COMPELLING_LEGITIMATE_GROUNDS)
                .isRight());
        assertSame(Decision.PERMITTED, vgz.decisions.decide(otherVisit));

        // Consent and contract purposes cannot be objected to: consent is withdrawn, a contract is performed.
        Refusal refused = vgz.rights.object(SUBJECT, "vgz-i-contracts").getLeft();
        assertEquals(Citation.avg("21(1)"), ((Refusal.Rejected) refused).rejection().citation());
    }

    @Test
    void vgzProcessingWhileACorrectionIsCheckedIsRestrictedExceptStorageAndLegalClaims() {
        // 'Beperkt gebruik': "in de periode die VGZ nodig heeft om vast te stellen of uw gegevens gecorrigeerd
        // moeten worden" (18(1)(a)); the exceptions listed are those of 18(2).
        InMemoryPrivacy vgz = new InMemoryPrivacy(SeedRegisters.read(SeedRegisters.VGZ), START);
        Operation administer = Operation.use(SUBJECT, "care-providers", "vgz-ii-administration",
                List.of("contact-details", "agb-big"));
        assertTrue(vgz.rights.restrict(SUBJECT, "correction-2026-17", RestrictionGround.ACCURACY_CONTESTED).isRight());
        vgz.clock.advance(Duration.ofHours(1));

        assertEquals(List.of(Citation.avg("18(1)(a)")), citations(vgz.decisions.decide(administer)));
        assertSame(Decision.PERMITTED, vgz.decisions.decide(administer.asStorage()));
        assertSame(Decision.PERMITTED, vgz.decisions.decide(administer.relyingOn(RestrictionException.LEGAL_CLAIMS)));
        assertEquals(List.of(Citation.avg("18(1)(a)")),
                citations(vgz.decisions.decide(administer.relyingOn(RestrictionException.SUBJECT_CONSENT))));
        assertTrue(vgz.rights.consentDespiteRestriction(SUBJECT, "correction-2026-17", "vgz-ii-administration")
                .isRight());
        assertSame(Decision.PERMITTED,
                vgz.decisions.decide(administer.relyingOn(RestrictionException.SUBJECT_CONSENT)));

        vgz.clock.advance(Duration.ofDays(5));
        assertTrue(vgz.rights.lift(SUBJECT, "correction-2026-17").isRight());
        assertSame(Decision.PERMITTED, vgz.decisions.decide(administer));
        assertNoSubjectInAudit(vgz);
        assertTrue(vgz.store.entries().exists(e -> e.action() == AuditAction.RESTRICTION_PLACED
                && e.rules().contains(Citation.avg("18(1)(a)"))));
    }
}
