/**
 * Retention (AVG 5(1)(e); docs/retention.md): the evaluation of one record on one date, legal holds, the
 * streaming sweep, and what an erasure request meets.
 */
package io.github.grondslag.domain.retention;
