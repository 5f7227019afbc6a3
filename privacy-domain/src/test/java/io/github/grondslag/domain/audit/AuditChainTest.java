package io.github.grondslag.domain.audit;

import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.request.RequestType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit chain finds the first entry changed, removed or reordered (named examples; the store
 * contract and the properties in privacy-testkit cover generated trails).
 */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final SubjectRef REF = new SubjectRef("ab".repeat(32));

    private static AuditEntry entry(int i) {
        return new AuditEntry(AT.plusSeconds(i), AuditAction.PROCESSING_DECIDED, Outcome.PERMITTED, Option.some(REF),
                Option.some("p" + i), Option.none(), List.of(Citation.avg("6(1)(b)")));
    }

    static List<ChainedEntry> chain(int size) {
        List<ChainedEntry> chained = List.empty();
        for (int i = 0; i < size; i++) {
            chained = chained.append(AuditChain.link(chained.lastOption(), entry(i)));
        }
        return chained;
    }

    /** The chain with entry 3's outcome changed and its stored hash kept, as a forger would leave it. */
    private static List<ChainedEntry> thirdOutcomeForged(List<ChainedEntry> c) {
        ChainedEntry third = c.get(2);
        return c.update(2, new ChainedEntry(3, third.entry().with(Outcome.DENIED, third.entry().rules()),
                third.previous(), third.hash()));
    }

    private static Option<ChainBreak> verify(List<ChainedEntry> entries) {
        return AuditChain.verify(entries.iterator()).firstBreak();
    }

    @Test
    void anUntouchedChainVerifiesAndItsHeadIsTheLastHash() {
        List<ChainedEntry> c = chain(5);
        Verification v = AuditChain.verify(c.iterator());
        assertTrue(v.intact());
        assertEquals(5, v.entries());
        assertEquals(c.last().hash(), v.head());
        assertEquals(AuditChain.GENESIS, c.head().previous());
    }

    /**
     * Art. 5(2) evidence: a forger who changes any one field of an entry, and keeps its hash, is found.
     * Each variant differs from the base entry in exactly one field.
     */
    @Test
    void everyFieldOfAnEntryIsSealedByItsHash() {
        AuditEntry base = new AuditEntry(AT, AuditAction.REQUEST_RECEIVED, Outcome.DONE, Option.some(REF),
                Option.some("p"), Option.some(RequestType.ACCESS), List.of(Citation.avg("12(3)")));
        java.util.Map<String, AuditEntry> variants = new java.util.LinkedHashMap<>();
        variants.put("at", new AuditEntry(AT.plusMillis(1), base.action(), base.outcome(), base.subject(),
                base.purposeId(), base.requestType(), base.rules()));
        variants.put("action", new AuditEntry(AT, AuditAction.REQUEST_STARTED, base.outcome(), base.subject(),
                base.purposeId(), base.requestType(), base.rules()));
        variants.put("outcome", new AuditEntry(AT, base.action(), Outcome.REJECTED, base.subject(),
                base.purposeId(), base.requestType(), base.rules()));
        variants.put("subject", new AuditEntry(AT, base.action(), base.outcome(), Option.some(new SubjectRef(
                "cd".repeat(32))), base.purposeId(), base.requestType(), base.rules()));
        variants.put("no subject", new AuditEntry(AT, base.action(), base.outcome(), Option.none(),
                base.purposeId(), base.requestType(), base.rules()));
        variants.put("purpose", new AuditEntry(AT, base.action(), base.outcome(), base.subject(),
                Option.some("q"), base.requestType(), base.rules()));
        variants.put("request type", new AuditEntry(AT, base.action(), base.outcome(), base.subject(),
                base.purposeId(), Option.some(RequestType.ERASURE), base.rules()));
        variants.put("rule's instrument", new AuditEntry(AT, base.action(), base.outcome(), base.subject(),
                base.purposeId(), base.requestType(), List.of(new Citation("UAVG", "12(3)"))));
        variants.put("rule's provision", new AuditEntry(AT, base.action(), base.outcome(), base.subject(),
                base.purposeId(), base.requestType(), List.of(Citation.avg("12(4)"))));
        variants.put("one more rule", new AuditEntry(AT, base.action(), base.outcome(), base.subject(),
                base.purposeId(), base.requestType(), List.of(Citation.avg("12(3)"), Citation.avg("15"))));
        ChainedEntry sealed = AuditChain.link(Option.none(), base);
        variants.forEach((field, changed) -> {
            assertNotEquals(sealed.hash(), AuditChain.hash(1, changed, AuditChain.GENESIS), field);
            ChainedEntry forged = new ChainedEntry(1, changed, sealed.previous(), sealed.hash());
            assertEquals(Option.some(new ChainBreak(1, ChainBreak.Kind.CHANGED)), verify(List.of(forged)), field);
        });
        assertNotEquals(sealed.hash(), AuditChain.hash(2, base, AuditChain.GENESIS), "sequence");
        assertNotEquals(sealed.hash(), AuditChain.hash(1, base, "11".repeat(32)), "previous hash");
    }

    @Test
    void anEntryWhoseContentWasChangedIsNamed() {
        assertEquals(Option.some(new ChainBreak(3, ChainBreak.Kind.CHANGED)), verify(thirdOutcomeForged(chain(5))));
    }

    @Test
    void anEntryChangedWithItsHashRecomputedIsNamedByTheEntryAfterIt() {
        List<ChainedEntry> c = chain(5);
        ChainedEntry third = c.get(2);
        AuditEntry changed = third.entry().with(Outcome.DENIED, third.entry().rules());
        ChainedEntry forged = new ChainedEntry(3, changed, third.previous(), AuditChain.hash(3, changed,
                third.previous()));
        assertEquals(Option.some(new ChainBreak(3, ChainBreak.Kind.CHANGED)), verify(c.update(2, forged)));
        assertEquals(3, AuditChain.verify(c.update(2, forged).iterator()).entries(),
                "entries 1 to 3 chain; the break shows at entry 4, whose link no longer matches");
    }

    @Test
    void aRemovedEntryIsNamedByItsNumber() {
        assertEquals(Option.some(new ChainBreak(2, ChainBreak.Kind.REMOVED)), verify(chain(5).removeAt(1)));
        assertEquals(Option.some(new ChainBreak(1, ChainBreak.Kind.REMOVED)), verify(chain(5).removeAt(0)));
    }

    @Test
    void twoSwappedEntriesAreNamedAsReordered() {
        List<ChainedEntry> c = chain(5);
        List<ChainedEntry> swapped = c.update(1, c.get(2)).update(2, c.get(1));
        assertEquals(Option.some(new ChainBreak(2, ChainBreak.Kind.REORDERED)), verify(swapped));
    }

    @Test
    void atABreakTheVerificationCountsTheIntactEntriesBeforeItAndGivesTheLastGoodHead() {
        List<ChainedEntry> c = chain(5);
        for (List<ChainedEntry> broken : List.of(thirdOutcomeForged(c), c.removeAt(2))) {
            Verification v = AuditChain.verify(broken.iterator());
            assertEquals(2, v.entries());
            assertEquals(c.get(1).hash(), v.head());
        }
    }

    @Test
    void anEntryRepeatedFurtherOnIsNamedAsReorderedAtItsOwnNumber() {
        // entries 1, 2, 3, then 2 again where 4 belongs: entry 2 is out of place
        List<ChainedEntry> c = chain(5);
        assertEquals(Option.some(new ChainBreak(2, ChainBreak.Kind.REORDERED)), verify(c.update(3, c.get(1))));
    }

    @Test
    void theLastEntryRemovedIsCaughtOnlyAgainstAKeptHead() {
        // a trail cut at its end is a shorter valid chain: the head kept elsewhere shows it
        List<ChainedEntry> c = chain(5);
        Verification full = AuditChain.verify(c.iterator());
        Verification cut = AuditChain.verify(c.dropRight(1).iterator());
        assertTrue(cut.intact());
        assertNotEquals(full.head(), cut.head());
    }

    @Test
    void everyFieldOfAnEntryIsInItsHash() {
        AuditEntry e = entry(1);
        String h = AuditChain.hash(1, e, AuditChain.GENESIS);
        List<AuditEntry> variants = List.of(
                new AuditEntry(e.at().plusNanos(1), e.action(), e.outcome(), e.subject(), e.purposeId(),
                        e.requestType(), e.rules()),
                new AuditEntry(e.at(), AuditAction.CONSENT_GIVEN, e.outcome(), e.subject(), e.purposeId(),
                        e.requestType(), e.rules()),
                e.with(Outcome.DENIED, e.rules()),
                new AuditEntry(e.at(), e.action(), e.outcome(), Option.none(), e.purposeId(), e.requestType(),
                        e.rules()),
                new AuditEntry(e.at(), e.action(), e.outcome(), e.subject(), Option.some("p"), e.requestType(),
                        e.rules()),
                new AuditEntry(e.at(), e.action(), e.outcome(), e.subject(), e.purposeId(),
                        Option.some(io.github.grondslag.domain.request.RequestType.ACCESS), e.rules()),
                e.with(e.outcome(), List.of(Citation.avg("6(1)(c)"))));
        for (AuditEntry v : variants) {
            assertNotEquals(h, AuditChain.hash(1, v, AuditChain.GENESIS), v::toString);
        }
        assertNotEquals(h, AuditChain.hash(2, e, AuditChain.GENESIS));
        assertNotEquals(h, AuditChain.hash(1, e, "1".repeat(64)));
    }

    @Test
    void aChainWithABreakIsNotIntact() {
        assertTrue(AuditChain.verify(chain(3).iterator()).intact());
        assertFalse(AuditChain.verify(chain(3).removeAt(1).iterator()).intact());
    }
}
