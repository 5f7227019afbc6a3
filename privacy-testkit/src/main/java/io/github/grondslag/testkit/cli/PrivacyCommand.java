package io.github.grondslag.testkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code privacy} command line: the driving adapter for people and CI jobs.
 *
 * <p>Exit codes: 0 when all is well, 1 when the register check found an error, 2 when the input
 * cannot be read or is invalid (or the command was used wrongly), 3 on an internal error.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true, version = "privacy 0.1.0",
        description = "Checks a register of processing against the AVG/GDPR.",
        subcommands = {CheckCommand.class, DeadlineCommand.class})
public final class PrivacyCommand implements Runnable {

    /** Exit code for an internal error (a bug, never bad input). */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'privacy check REGISTER.json'");
    }

    /** A path argument, or a conversion error that names no Java exception. */
    private static java.nio.file.Path path(String value) {
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a file path this system accepts");
        }
    }

    /**
     * Runs the command line with the given streams and returns its exit code; never throws. Whatever
     * it writes passes a {@link TerminalWriter}: no raw control character reaches either stream.
     * This is the entry point for running the command inside a JVM, e.g. from a test or a build step.
     *
     * @param args   the command line, e.g. {@code check REGISTER.json}
     * @param rawOut where the command's results go
     * @param rawErr where its diagnostics (invalid input, wrong use, internal errors) go
     * @return the exit code: 0 all is well, 1 the register check found an error, 2 the input cannot
     *         be read or is invalid or the command was used wrongly, {@value #INTERNAL_ERROR} an
     *         internal error
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new TerminalWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
        CommandLine cli = new CommandLine(new PrivacyCommand());
        cli.registerConverter(java.nio.file.Path.class, PrivacyCommand::path);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("privacy: internal error (" + e.getClass().getSimpleName()
                    + "); please report it with the command you ran");
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
