package io.github.grondslag.testkit.cli;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.adapters.json.register.RegisterReadError;
import io.github.grondslag.domain.register.Register;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Reading a register for a command: the register, or every problem printed to the error stream. */
final class RegisterFiles {

    private RegisterFiles() {
    }

    /** The register in the file, or none after printing why it cannot be used (the command then exits 2). */
    static Option<Register> read(String command, Path file, PrintWriter err) {
        Either<RegisterReadError, Register> read = RegisterJson.read(file);
        if (read.isRight()) {
            return Option.some(read.get());
        }
        RegisterReadError error = read.getLeft();
        err.println("privacy " + command + ": cannot use " + error.file() + " ("
                + error.kind().name().toLowerCase().replace('_', ' ') + "):");
        RegisterJson.describe(error).forEach(line -> err.println("  " + line));
        return Option.none();
    }
}
