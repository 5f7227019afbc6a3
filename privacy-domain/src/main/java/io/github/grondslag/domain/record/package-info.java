/** The facts about the records an insurer keeps, as the rights and retention rules need them. */
package io.github.grondslag.domain.record;
