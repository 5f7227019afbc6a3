/**
 * Compliance properties over your own register (docs/testkit.md): implement
 * {@link io.github.grondslag.testkit.compliance.RegisterCompliance} in a test class of your build and
 * its properties run as JUnit tests.
 */
package io.github.grondslag.testkit.compliance;
