package io.github.grondslag.domain.check;

import io.github.grondslag.domain.check.gdpr.GdprRule;
import io.github.grondslag.domain.law.Citation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding quotes the register; printed or logged, what it quotes cannot drive a terminal. */
class FindingTest {

    @Test
    void aFindingPrintsTheRegistersControlAndFormatCharactersEscapedOnOneLine() {
        Finding forged = new Finding(GdprRule.R1_LAWFUL_BASIS, Severity.ERROR, Citation.avg("6(1)"),
                "purpose 'p\u001b[2J\u001b[H'", "no basis\n0 error(s), 0 warning(s)\u202e\u2028\r\u0085");

        String printed = forged.toString();

        assertTrue(printed.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT || cp == 0x2028), printed);
        assertEquals("ERROR R1 [AVG 6(1)] purpose 'p\\u001b[2J\\u001b[H': no basis\\u000a0 error(s), 0 warning(s)"
                + "\\u202e\\u2028\\u000d\\u0085", printed);
    }
}
