package io.github.grondslag.testkit.decision;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.LawfulBasis;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.ConsentEvent;
import io.github.grondslag.domain.subject.ConsentLedger;
import io.github.grondslag.domain.subject.ConsentStatus;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.generators.PurposeBuilder;
import io.github.grondslag.testkit.generators.SubjectGens;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consent ledger (docs/decision.md): a pure fold, in time order, that refuses what the law refuses. */
class ConsentLedgerProperties {

    private static final SubjectId SUBJECT = SubjectId.of("subject-1");

    private static Purpose consentPurpose() {
        return PurposeBuilder.purpose("p").withLawfulBases(LawfulBasis.CONSENT)
                .withConsent(ConsentTerms.clear(ConsentKind.BASIS, false))
                .withDataCategories("d").withSubjectCategories("s").build();
    }

    /** Replays events through the ledger's own commands. */
    private static Either<io.github.grondslag.domain.law.Rejection, ConsentLedger> replay(List<ConsentEvent> events) {
        Either<io.github.grondslag.domain.law.Rejection, ConsentLedger> ledger = Either.right(ConsentLedger.empty(SUBJECT, "p"));
        for (ConsentEvent e : events) {
            ledger = ledger.flatMap(l -> e instanceof ConsentEvent.Given g
                    ? l.give(consentPurpose(), g.at(), g.statementVersion(), g.channel(), g.evidenceReference())
                    : l.withdraw(e.at(), ((ConsentEvent.Withdrawn) e).channel()));
        }
        return ledger;
    }

    @Test
    void foldingAPrefixAndThenTheRestEqualsFoldingAllAtOnce() {
        Property.forAll(SubjectGens.consentEvents(), Gens.integers(0, 10))
                .checkThat(t -> t.apply((events, k) -> {
                    int split = Math.min(k, events.size());
                    assertEquals(ConsentStatus.NEVER_GIVEN.after(events),
                            ConsentStatus.NEVER_GIVEN.after(events.take(split)).after(events.drop(split)));
                    return null;
                }));
    }

    @Test
    void aLedgerSplitIntoAPrefixAndTheRestGivesTheSameStatusAtEveryInstant() {
        Property.forAll(Grondslag.consentHistories(SUBJECT, "p"), Gens.integers(0, 10), SubjectGens.instants())
                .checkThat(t -> t.apply((ledger, k, at) -> {
                    int split = Math.min(k, ledger.events().size());
                    ConsentStatus fromPrefix = new ConsentLedger(SUBJECT, "p", ledger.events().take(split)).statusAt(at)
                            .after(ledger.events().drop(split).filter(e -> !e.at().isAfter(at)));
                    assertEquals(ledger.statusAt(at), fromPrefix);
                    return null;
                }));
    }

    @Test
    void theStatusAtAnInstantIsTheFoldOfTheEventsUpToIt() {
        Property.forAll(Grondslag.consentHistories(SUBJECT, "p"), SubjectGens.instants())
                .checkThat(t -> t.apply((ledger, at) -> {
                    assertEquals(ConsentStatus.NEVER_GIVEN.after(ledger.events().filter(e -> !e.at().isAfter(at))),
                            ledger.statusAt(at));
                    return null;
                }));
    }

    @Test
    void everyLegalSequenceIsAcceptedByTheLedgersCommands() {
        Property.forAll(SubjectGens.consentEvents())
                .checkThat(events -> {
                    Either<io.github.grondslag.domain.law.Rejection, ConsentLedger> ledger = replay(events);
                    assertTrue(ledger.isRight(), () -> String.valueOf(ledger.getLeft()));
                    assertEquals(events, ledger.get().events());
                    assertEquals(events.size(), ledger.get().version());
                });
    }

    @Test
    void withdrawingConsentThatIsNotInForceIsRejectedCitingArticle7_3() {
        Property.forAll(Grondslag.consentHistories(SUBJECT, "p"), Gens.integers(1, 1_000_000))
                .checkThat(t -> t.apply((ledger, minutes) -> {
                    Instant at = ledger.events().lastOption().map(ConsentEvent::at).getOrElse(SubjectGens.START)
                            .plusSeconds(60L * minutes);
                    if (ledger.statusAt(at) != ConsentStatus.GIVEN) {
                        assertEquals(Citation.avg("7(3)"), ledger.withdraw(at, Channel.EMAIL).getLeft().citation());
                    } else {
                        assertTrue(ledger.withdraw(at, Channel.EMAIL).isRight());
                    }
                    return null;
                }));
    }

    @Test
    void anEventBeforeTheLastOneIsRejectedCitingArticle7_1() {
        Property.forAll(Grondslag.consentHistories(SUBJECT, "p").filter(l -> l.events().nonEmpty()), Gens.integers(1, 100_000))
                .checkThat(t -> t.apply((ledger, minutes) -> {
                    Instant earlier = ledger.events().last().at().minusSeconds(60L * minutes);
                    assertEquals(Citation.avg("7(1)"), ledger.give(consentPurpose(), earlier, Option.none(),
                            Channel.WEB_FORM, "e").getLeft().citation());
                    return null;
                }));
    }

    @Test
    void consentForAPurposeThatNeitherRestsOnItNorAsksForItIsRejected() {
        Property.forAll(Grondslag.lawfulRegisters())
                .checkThat(register -> register.purposes().forEach(p -> {
                    Either<?, ConsentLedger> given = ConsentLedger.empty(SUBJECT, p.id())
                            .give(p, SubjectGens.START, Option.none(), Channel.WEB_FORM, "e");
                    assertEquals(ConsentLedger.requiresConsent(p), given.isRight(), p.id());
                }));
    }
}
