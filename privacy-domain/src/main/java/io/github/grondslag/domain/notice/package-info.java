/** Notices owed to the subject (DESIGN §3.7): what, by when, in what form; sent through an outbox port. */
package io.github.grondslag.domain.notice;
