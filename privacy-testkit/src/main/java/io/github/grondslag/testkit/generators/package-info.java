/**
 * The generators behind the {@link io.github.grondslag.testkit.Grondslag} facade, one class per part of
 * the domain: registers and the ways to break them, subjects and consent, rights requests, records with
 * their retention facts, and personal data for leak tests (BSNs that pass the eleven-test).
 */
package io.github.grondslag.testkit.generators;
