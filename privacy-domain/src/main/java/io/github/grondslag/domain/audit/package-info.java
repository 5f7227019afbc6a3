/**
 * The audit trail as evidence (AVG 5(2), accountability): structured entries with closed actions and
 * outcomes, a pseudonymous subject reference under the controller's key, and a hash chain whose
 * verification names the first entry changed, removed or reordered (docs/stores.md, "The audit trail as evidence").
 */
package io.github.grondslag.domain.audit;
