package io.github.grondslag.testkit.memory;

import io.github.grondslag.domain.notice.Notice;
import io.github.grondslag.domain.port.NoticeOutbox;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

import java.util.concurrent.CopyOnWriteArrayList;

/** The notice outbox in memory: what was sent, in order. */
public final class InMemoryNoticeOutbox implements NoticeOutbox {

    private final CopyOnWriteArrayList<Notice> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notice notice) {
        if (!sent().contains(notice.id())) {
            sent.add(notice);
        }
    }

    @Override
    public Set<String> sent() {
        return HashSet.ofAll(sent).map(Notice::id);
    }

    public List<Notice> notices() {
        return List.ofAll(sent);
    }
}
