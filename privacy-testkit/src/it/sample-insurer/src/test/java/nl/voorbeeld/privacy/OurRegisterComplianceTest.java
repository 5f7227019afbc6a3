package nl.voorbeeld.privacy;

import io.github.grondslag.testkit.compliance.RegisterCompliance;

import java.nio.file.Path;

/** The compliance properties over this insurer's own register. */
class OurRegisterComplianceTest implements RegisterCompliance {

    @Override
    public Path registerFile() {
        return Path.of("src", "test", "resources", "our-register.json");
    }
}
