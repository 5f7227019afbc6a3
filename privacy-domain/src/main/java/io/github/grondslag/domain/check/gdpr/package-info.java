/**
 * The GDPR's rules of the register check. They depend on no national layer (an ArchUnit rule).
 */
package io.github.grondslag.domain.check.gdpr;
