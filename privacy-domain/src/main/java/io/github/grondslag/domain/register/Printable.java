package io.github.grondslag.domain.register;

import java.util.Locale;

/**
 * Text from outside the library (a register file, a record catalogue, a caller's id), fit for a terminal
 * or a log: it cannot move a cursor, clear a screen, reverse the text after it or forge a line. Every
 * control character (newline and escape included), format character (bidirectional overrides,
 * zero-width and tag characters), line or paragraph separator, lone surrogate, private-use or
 * unassigned code point is shown as the Java escape of its UTF-16 code units
 * (<code>&#92;u001b</code>; a supplementary code point as its two units,
 * <code>&#92;udb40&#92;udc01</code>), and a backslash as two backslashes, so that an escape in the
 * output is never text of the input. Everything else is kept as it is.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * Escapes what a terminal or a log would act on.
     *
     * @param text text that may come from outside the library
     * @return the text with those code points escaped and each backslash doubled
     */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\\') {
                out.append("\\\\");
            } else if (hidden(cp)) {
                for (char unit : Character.toChars(cp)) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Whether {@link #of} would escape a code point of the text (a backslash aside): whether the text
     * holds anything a terminal or a log would act on or hide.
     *
     * @param text any text
     * @return whether a code point of it is escaped
     */
    public static boolean hides(String text) {
        return text.codePoints().anyMatch(Printable::hidden);
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
}
