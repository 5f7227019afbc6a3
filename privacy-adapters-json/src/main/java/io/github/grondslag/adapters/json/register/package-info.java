/**
 * The register file format (docs/register-format.md): read strictly with every problem at once,
 * written as version 2; the findings report and the portability export.
 */
package io.github.grondslag.adapters.json.register;
