/**
 * A small property engine free of any test framework (DESIGN §4b): a {@link
 * io.github.grondslag.testkit.property.Gen} draws its value from recorded {@link
 * io.github.grondslag.testkit.property.Choices}, choice 0 the simplest, so that a counterexample of any
 * generator shrinks by lowering and removing choices; {@link io.github.grondslag.testkit.property.Property}
 * runs a check over generated values, reports the smallest failing one with the seed that reproduces it,
 * and can require, by its {@link io.github.grondslag.testkit.property.Statistics}, that every labelled
 * case was generated. Ready-made generators are in {@link io.github.grondslag.testkit.property.Gens}.
 */
package io.github.grondslag.testkit.property;
