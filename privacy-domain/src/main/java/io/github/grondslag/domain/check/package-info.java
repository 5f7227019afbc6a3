/**
 * The register check: the GDPR's rules ({@code check.gdpr}), the national layers ({@code check.nl}
 * for the Netherlands), and {@link io.github.grondslag.domain.check.RegisterCheck} that applies the
 * GDPR's rules and the layer of the controller's member state. docs/register-check.md lists them.
 */
package io.github.grondslag.domain.check;
