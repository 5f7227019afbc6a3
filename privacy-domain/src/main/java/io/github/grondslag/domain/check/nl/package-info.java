/**
 * The Dutch layer of the register check: UAVG 31–33 and 46, Telecommunicatiewet 11.7a.
 */
package io.github.grondslag.domain.check.nl;
