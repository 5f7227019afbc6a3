/**
 * The law as closed vocabularies: lawful bases, special and criminal data, rights, transfer
 * safeguards, and the {@link io.github.grondslag.domain.law.Citation} that every rule carries.
 */
package io.github.grondslag.domain.law;
