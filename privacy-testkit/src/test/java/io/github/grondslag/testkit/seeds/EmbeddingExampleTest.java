package io.github.grondslag.testkit.seeds;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.check.Severity;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import io.github.grondslag.domain.decision.Decision;
import io.github.grondslag.domain.decision.Operation;
import io.github.grondslag.domain.subject.Channel;
import io.github.grondslag.domain.subject.SubjectId;
import io.github.grondslag.testkit.memory.InMemoryPrivacy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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

    @Test
    void theReadmeExampleGivesConsentDecidesWithdrawsAndDecidesAgain() {
        // --- as in README.md ---
        InMemoryPrivacy zorggenoot = new InMemoryPrivacy(
                RegisterJson.read(SeedRegisters.ZORGGENOOT).get(), Instant.parse("2026-03-02T09:00:00Z"));
        SubjectId subject = SubjectId.of("klant-4711");
        Operation offer = Operation.use(subject, "carers", "zg-offers", List.of("identity-contact"));

        zorggenoot.consents.give(subject, "zg-offers", Channel.WEB_FORM, "form-2026-03-02");
        Decision before = zorggenoot.decisions.decide(offer);
        zorggenoot.clock.advance(Duration.ofDays(30));
        zorggenoot.consents.withdraw(subject, "zg-offers", Channel.EMAIL_LINK);
        Decision after = zorggenoot.decisions.decide(offer);
        // ---
        assertTrue(before.isPermitted());
        assertTrue(after.toString().contains("AVG 6(1)(a)"), after::toString);
    }
}
