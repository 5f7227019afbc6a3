/** Notices owed to the subject (docs/retention.md): what, by when, in what form; sent through an outbox port. */
package io.github.grondslag.domain.notice;
