package io.github.grondslag.testkit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last fence between input and a terminal: every character the command writes passes here, and a
 * control character (C0 but newline and tab, DEL, C1) is written as {@code ?}, so that no text from a
 * file or an argument, whatever path it took (a library's message included), can move the cursor,
 * clear the screen or forge a line. Text that should stay readable is escaped before it gets here
 * ({@link io.github.grondslag.domain.register.Printable}).
 */
final class TerminalWriter extends FilterWriter {

    TerminalWriter(Writer out) {
        super(out);
    }

    static char safe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) ? '?' : c;
    }

    @Override
    public void write(int c) throws IOException {
        super.write(safe((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        char[] copy = new char[length];
        for (int i = 0; i < length; i++) {
            copy[i] = safe(buffer[offset + i]);
        }
        super.write(copy, 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
