/**
 * The driven ports: interfaces the domain calls and adapters implement, and the records they
 * exchange. Stores are optimistic ({@link io.github.grondslag.domain.port.ConcurrentChange}).
 */
package io.github.grondslag.domain.port;
