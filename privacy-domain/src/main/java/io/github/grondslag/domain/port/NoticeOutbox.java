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

    /**
     * The notices queued and not yet sent.
     *
     * @return the pending notices, in the order they were queued, each once (as first queued); an
     *         empty list when everything queued was sent
     */
    List<Notice> pending();

    /**
     * Marks a queued notice as sent; durable when it returns, so it is no longer
     * {@linkplain #pending() pending}, also after a restart. Unknown or already sent ids change nothing.
     *
     * @param noticeId the id of the notice the sender delivered
     */
    void markSent(String noticeId);

    /**
     * The ids of the notices sent so far.
     *
     * @return the ids of every queued notice marked sent, in no particular order; an empty set when
     *         none was
     */
    Set<String> sent();
}
