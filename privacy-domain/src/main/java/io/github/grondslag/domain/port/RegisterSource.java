package io.github.grondslag.domain.port;

import io.github.grondslag.domain.register.Register;

/** Where the current register of processing comes from (a file, a database, a fixed value in tests). */
public interface RegisterSource {
    Register register();
}
