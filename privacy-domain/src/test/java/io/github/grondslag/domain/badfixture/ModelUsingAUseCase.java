package io.github.grondslag.domain.badfixture;

import io.github.grondslag.domain.usecase.Refusal;

/** Breaks the layering inside the domain: a model class (by its package) that uses a use case's type. */
public final class ModelUsingAUseCase {
    public boolean refused(Refusal refusal) {
        return refusal != null;
    }
}
