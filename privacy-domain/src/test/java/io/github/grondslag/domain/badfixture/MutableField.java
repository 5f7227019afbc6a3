package io.github.grondslag.domain.badfixture;

/** Breaks the immutability rule. */
public final class MutableField {
    private int counter;

    public int next() {
        return ++counter;
    }
}
