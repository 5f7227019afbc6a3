/** In-memory adapters of every port, a clock tests can move, and the use cases wired to them. */
package io.github.grondslag.testkit.memory;
