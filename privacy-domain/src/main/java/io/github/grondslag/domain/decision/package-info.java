/** Whether a processing may happen now (docs/decision.md): the pure, allocation-free decision. */
package io.github.grondslag.domain.decision;
