package io.github.grondslag.domain.law;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LawfulBasisTest {

    @Test
    void eachBasisCitesItsPointOfArticle6_1() {
        assertEquals("AVG 6(1)(a)", LawfulBasis.CONSENT.citation().toString());
        assertEquals("AVG 6(1)(f)", LawfulBasis.LEGITIMATE_INTERESTS.citation().toString());
    }

    @Test
    void portabilityOnlyForAutomatedConsentOrContractProcessing() {
        for (LawfulBasis b : LawfulBasis.values()) {
            assertFalse(b.givesPortability(false));
            assertEquals(b == LawfulBasis.CONSENT || b == LawfulBasis.CONTRACT, b.givesPortability(true));
        }
    }

    @Test
    void objectionOnlyForPublicTaskAndLegitimateInterests() {
        for (LawfulBasis b : LawfulBasis.values()) {
            assertEquals(b == LawfulBasis.PUBLIC_TASK || b == LawfulBasis.LEGITIMATE_INTERESTS, b.givesObjection());
        }
    }

    @Test
    void legalObligationAndPublicTaskLimitErasureAndOnlyConsentIsWithdrawn() {
        assertTrue(LawfulBasis.LEGAL_OBLIGATION.limitsErasure());
        assertTrue(LawfulBasis.PUBLIC_TASK.limitsErasure());
        assertFalse(LawfulBasis.CONTRACT.limitsErasure());
        assertTrue(LawfulBasis.CONSENT.isWithdrawable());
        assertFalse(LawfulBasis.LEGITIMATE_INTERESTS.isWithdrawable());
    }

    @Test
    void citationsPrintAsInstrumentAndProvision() {
        assertEquals("UAVG 33(4)(c)", CriminalDataAuthorisation.THIRD_PARTY_LICENCE.citation().toString());
        assertEquals("Telecommunicatiewet 11.7a(1)", TrackingTechnique.TRACKING_PIXELS.citation().toString());
        assertEquals("VGZ §VIII", Citation.statement("VGZ", "§VIII").toString());
    }

    @Test
    void theDerogationsOfArticle49AreTheOnlyTransferToolsThatAreDerogations() {
        for (TransferSafeguard t : TransferSafeguard.values()) {
            assertEquals(t.citation().provision().startsWith("49("), t.isDerogation(), t::name);
        }
        assertTrue(TransferSafeguard.DEROGATION_EXPLICIT_CONSENT.isDerogation());
        assertFalse(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES.isDerogation());
    }
}
