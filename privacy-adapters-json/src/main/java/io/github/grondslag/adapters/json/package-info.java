/**
 * The JSON adapter: the register file format (docs/register-format.md) read with a hardened
 * Jackson 3 mapper, and the findings report for CI tools. The domain never sees Jackson.
 */
package io.github.grondslag.adapters.json;
