/** The {@code privacy} command line (picocli): the driving adapter for people and CI jobs. */
package io.github.grondslag.testkit.cli;
