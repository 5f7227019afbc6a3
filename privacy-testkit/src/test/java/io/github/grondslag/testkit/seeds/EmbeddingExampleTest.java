package io.github.grondslag.testkit.seeds;

import io.github.grondslag.adapters.json.RegisterJson;
import io.github.grondslag.domain.register.Finding;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterCheck;
import io.github.grondslag.domain.register.Severity;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's embedding example, compiled and run, so that it stays true. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleReadsAndChecksTheVgzRegister() {
        Path file = SeedRegisters.VGZ;
        // --- as in README.md ---
        Register register = RegisterJson.read(file)
                .getOrElseThrow(error -> new IllegalStateException(
                        String.join("\n", RegisterJson.describe(error))));
        List<Finding> findings = RegisterCheck.check(register);
        StringBuilder printed = new StringBuilder();
        findings.filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> printed.append(f.citation() + " " + f.element() + ": " + f.message()).append('\n'));
        // ---
        assertTrue(printed.toString().contains("AVG 10 purpose '"), printed::toString);
    }
}
