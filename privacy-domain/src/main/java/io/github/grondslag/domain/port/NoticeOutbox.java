package io.github.grondslag.domain.port;

import io.github.grondslag.domain.notice.Notice;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * Where notices wait for the subject (letter, e-mail, portal). Notices are queued through
 * {@link UnitOfWork#commit}, with the change that owes them; a notice queued twice (by its id) is
 * kept once. The sender takes {@link #pending()} and marks what it sent.
 */
public interface NoticeOutbox {

    /** The notices queued and not yet sent, in the order they were queued. */
    List<Notice> pending();

    /** Marks a queued notice as sent; durable when it returns. Unknown or already sent ids change nothing. */
    void markSent(String noticeId);

    /** The ids of the notices sent so far. */
    Set<String> sent();
}
