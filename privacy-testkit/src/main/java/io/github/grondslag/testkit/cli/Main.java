package io.github.grondslag.testkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code privacy} command: runs it on the process's streams and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the {@code privacy} command on standard output and standard error (UTF-8) and ends the
     * process with its exit code: 0 all is well, 1 the register check found an error, 2 the input
     * cannot be read or the command was used wrongly, 3 an internal error.
     *
     * @param args the command line, e.g. {@code check REGISTER.json --format json}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(PrivacyCommand.run(args, out, err));
    }
}
