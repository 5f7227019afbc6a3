package io.github.grondslag.domain.port;

import io.github.grondslag.domain.notice.Notice;
import io.vavr.collection.Set;

/** Where notices leave for the subject (letter, e-mail, portal). Sending twice is the adapter's to prevent. */
public interface NoticeOutbox {

    /** Queues the notice for sending. */
    void send(Notice notice);

    /** The ids of the notices sent so far. */
    Set<String> sent();
}
