package io.github.grondslag.testkit.cli;

import io.github.grondslag.adapters.json.register.FindingsJson;
import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.register.Printable;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Severity;
import io.vavr.collection.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code privacy check REGISTER.json}: the register check, for a person or a CI job. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a register of processing (JSON, docs/register-format.md) against the AVG/GDPR and the"
                + " national layer of the controller's member state (NL: UAVG, Telecommunicatiewet 11.7a).",
                "Exit codes: 0 no error-level finding, 1 at least one, 2 the file cannot be read or is invalid."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "REGISTER.json", description = "the register to check")
    Path register;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        io.vavr.control.Option<Register> read = RegisterFiles.read("check", register, err);
        if (read.isEmpty()) {
            return 2;
        }
        List<Finding> findings = RegisterCheck.check(read.get());
        if (format == Format.json) {
            out.println(FindingsJson.write(register.toString(), findings));
        } else {
            printText(out, read.get(), findings);
        }
        return RegisterCheck.hasErrors(findings) ? 1 : 0;
    }

    private void printText(PrintWriter out, Register r, List<Finding> findings) {
        out.println("Register " + Printable.of(register.toString()) + ": " + Printable.of(r.controller().name())
                + ", statement of "
                + r.statementVersion().map(LocalDate::toString).getOrElse("(no date)") + ", "
                + r.purposes().size() + " purposes");
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.filter(f -> f.severity() == severity);
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(label(severity) + " (" + group.size() + ")");
            group.forEach(f -> out.println("  " + f.rule().code() + " [" + f.citation() + "] "
                    + Printable.of(f.element()) + ": " + Printable.of(f.message())));
        }
        long errors = findings.count(f -> f.severity() == Severity.ERROR);
        long warnings = findings.size() - errors;
        out.println();
        out.println(errors + " error(s), " + warnings + " warning(s): "
                + (errors > 0 ? "the register, as written, breaks the law." : "no error-level finding."));
    }

    private static String label(Severity severity) {
        return severity == Severity.ERROR ? "Errors" : "Warnings";
    }
}
