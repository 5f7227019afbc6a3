/**
 * Contract suites for the domain's ports: JUnit Jupiter interfaces of default test methods with
 * an abstract factory. Implement one in a test of your adapter and the contract runs against it.
 * JUnit is a {@code provided} dependency: bring your own JUnit 5 or 6.
 */
package io.github.grondslag.testkit.contract;
