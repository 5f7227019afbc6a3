/**
 * The JSON adapter: one hardened Jackson 3 mapper ({@link io.github.grondslag.adapters.json.JsonMappers}),
 * the register file format and the findings report ({@code register}, docs/register-format.md), and
 * the embedded journal store behind every port of the domain ({@code store}, docs/stores.md). The
 * domain never sees Jackson.
 */
package io.github.grondslag.adapters.json;
