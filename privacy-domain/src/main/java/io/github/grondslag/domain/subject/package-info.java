/**
 * What a data subject has said and what the controller decided about it: the consent ledger
 * (AVG 7), restrictions (18) and objections (21). Subjects are opaque ids.
 */
package io.github.grondslag.domain.subject;
