package io.github.grondslag.domain.port;

import io.github.grondslag.domain.register.Register;

/** Where the current register of processing comes from (a file, a database, a fixed value in tests). */
public interface RegisterSource {

    /**
     * The register in force now. The use cases ask for it with every command, so a new register
     * applies from the next command; return the same instance while the register is unchanged, since
     * {@code ProcessingDecisions} rebuilds its decider whenever it gets another instance.
     *
     * @return the current register of processing (AVG 30), never {@code null}
     */
    Register register();
}
