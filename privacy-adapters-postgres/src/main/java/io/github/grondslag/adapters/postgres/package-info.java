/**
 * Every port of the domain on PostgreSQL with plain JDBC over the insurer's own connection pool
 * (docs/postgres.md): {@link io.github.grondslag.adapters.postgres.PostgresStore}, each command one
 * transaction claiming the versions it writes; {@link
 * io.github.grondslag.adapters.postgres.PostgresStoreException} for a failure of the database, with the
 * SQLState but never a value.
 */
package io.github.grondslag.adapters.postgres;
