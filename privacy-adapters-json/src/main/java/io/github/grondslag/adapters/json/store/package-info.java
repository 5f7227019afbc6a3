/**
 * Durable JSON persistence behind every port of the domain (docs/stores.md): {@link
 * io.github.grondslag.adapters.json.store.JournalStore}, an append-only journal of JSON lines with a
 * CRC-32 each, group commit, in-memory indexes, snapshots, recovery of a torn tail and one writer per
 * directory; {@link io.github.grondslag.adapters.json.store.StoreError} for a store that cannot be
 * opened or read, with the file and the line but never their content.
 */
package io.github.grondslag.adapters.json.store;
