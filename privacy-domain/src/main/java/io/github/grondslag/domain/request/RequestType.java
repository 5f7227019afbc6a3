package io.github.grondslag.domain.request;

import io.github.grondslag.domain.law.Citation;

/** The rights a subject can ask the controller to give effect to (AVG 15–22). */
public enum RequestType {
    ACCESS("15"),
    RECTIFICATION("16"),
    ERASURE("17"),
    RESTRICTION("18"),
    PORTABILITY("20"),
    OBJECTION("21"),
    /** Human intervention on a solely automated decision, 22(3). */
    HUMAN_INTERVENTION("22(3)");

    private final String provision;

    RequestType(String provision) {
        this.provision = provision;
    }

    public Citation citation() {
        return Citation.avg(provision);
    }
}
