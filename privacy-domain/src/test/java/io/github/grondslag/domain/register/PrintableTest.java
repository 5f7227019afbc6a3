package io.github.grondslag.domain.register;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text from outside made fit for a terminal or a log: every code point a terminal would act on or hide
 * is escaped unambiguously, and nothing else changes.
 */
class PrintableTest {

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String ordinary = "Zorggenoot B.V. – één \"zorg\" voor € 5, 'vgz-viii' (AVG 6(1)(f)) 😀";
        assertEquals(ordinary, Printable.of(ordinary));
    }

    @Test
    void controlAndSeparatorCharactersAreEscaped() {
        assertEquals("a\\u000ab\\u000dc\\u001b[2J\\u0085\\u2028\\u2029\\u0000",
                Printable.of("a\nb\rc\u001b[2J\u0085\u2028\u2029\u0000"));
    }

    @Test
    void formatCharactersAreEscapedSupplementaryOnesAsTheirTwoUnits() {
        // a bidirectional override, a zero-width joiner, a tag character (U+E0001, beyond the BMP)
        assertEquals("\\u202egnp.exe\\u200d\\udb40\\udc01", Printable.of("\u202egnp.exe\u200d\udb40\udc01"));
    }

    @Test
    void loneSurrogatesPrivateUseAndUnassignedCodePointsAreEscaped() {
        assertEquals("\\ud800x\\ue000\\u0378", Printable.of("\ud800x\ue000\u0378"));
    }

    @Test
    void aBackslashIsDoubledSoThatAnEscapeInTheOutputIsNeverTextOfTheInput() {
        // a backslash, u and four hex digits written out in a register are not a newline, nor printed as one
        assertEquals("\\\\u000a", Printable.of("\\u000a"));
        assertEquals("\\u000a", Printable.of("\n"));
    }
}
