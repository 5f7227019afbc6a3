package io.github.grondslag.domain.badfixture;

import com.tngtech.archunit.core.domain.JavaClass;

/** Breaks the allow-list: depends on a library that is neither the JDK nor vavr. */
public final class UsesSlf4jLikeType {
    public String describe(JavaClass type) {
        return type.getName();
    }
}
