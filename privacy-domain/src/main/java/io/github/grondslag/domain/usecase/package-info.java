/**
 * The use cases (application services): record and withdraw consent, restrict and lift, object
 * and decide on objections, decide a processing. They load through the ports, decide in the
 * model, write optimistically and audit what they did. The model never depends on them.
 */
package io.github.grondslag.domain.usecase;
