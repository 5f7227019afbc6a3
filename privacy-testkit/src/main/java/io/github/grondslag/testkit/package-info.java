/**
 * The testkit's front door (docs/testkit.md): {@link io.github.grondslag.testkit.Grondslag}, one static
 * facade with a generator for every public domain type, law-abiding registers and registers broken in
 * one named way, consent and request histories, record streams and personal data that looks real.
 */
package io.github.grondslag.testkit;
