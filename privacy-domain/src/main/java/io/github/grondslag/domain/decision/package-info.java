/** Whether a processing may happen now (DESIGN §3.3): the pure, allocation-free decision. */
package io.github.grondslag.domain.decision;
