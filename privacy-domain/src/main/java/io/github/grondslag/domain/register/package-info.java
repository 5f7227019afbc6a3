/**
 * The register of processing (AVG art. 30) as data, its structural validation, and the register
 * check that reports where the register, as written, falls short of the law.
 */
package io.github.grondslag.domain.register;
