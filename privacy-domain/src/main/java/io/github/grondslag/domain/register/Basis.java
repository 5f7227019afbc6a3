package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.LawfulBasis;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What makes a purpose lawful (AVG 6(1)): the bases the statement gives (a list, so that none or
 * several can be written down and reported), the consent it asks for, and for legitimate interests
 * the interest pursued (13(1)(d)) and the balancing test.
 *
 * @param lawfulBases the points of 6(1) the statement gives, as written: none or several are
 *                    reported by the register check, not refused
 * @param consent the consent the purpose asks for, of any {@link ConsentKind kind}, if it asks any
 * @param legitimateInterest for legitimate interests: the interest pursued (13(1)(d)), if stated
 * @param balancingTest the balancing test of legitimate interests (6(1)(f))
 * @param basisInLaw the Union or member-state law the statement names as the ground of the processing
 *                   (6(3)), such as "§ 22a IfSG", where it names no point of 6(1)
 */
public record Basis(
        List<LawfulBasis> lawfulBases,
        Option<ConsentTerms> consent,
        Option<String> legitimateInterest,
        Assessment balancingTest,
        Option<String> basisInLaw) {

    /**
     * The basis of a purpose.
     *
     * @param lawfulBases the points of 6(1) the statement gives
     * @param consent the consent the purpose asks for, if any
     * @param legitimateInterest the legitimate interest pursued, if stated
     * @param balancingTest the balancing test of legitimate interests
     * @param basisInLaw the Union or member-state law named as the ground (6(3)), if any
     * @throws NullPointerException if any component is {@code null}
     */
    public Basis {
        Objects.requireNonNull(lawfulBases, "lawfulBases");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(legitimateInterest, "legitimateInterest");
        Objects.requireNonNull(balancingTest, "balancingTest");
        Objects.requireNonNull(basisInLaw, "basisInLaw");
    }

    /**
     * A basis that names no law of its own.
     *
     * @param lawfulBases the points of 6(1) the statement gives
     * @param consent the consent the purpose asks for, if any
     * @param legitimateInterest the legitimate interest pursued, if stated
     * @param balancingTest the balancing test of legitimate interests
     */
    public Basis(List<LawfulBasis> lawfulBases, Option<ConsentTerms> consent, Option<String> legitimateInterest,
                 Assessment balancingTest) {
        this(lawfulBases, consent, legitimateInterest, balancingTest, Option.none());
    }

    /**
     * One basis, nothing else stated.
     *
     * @param basis the point of 6(1) the purpose rests on
     * @return a basis with only that lawful basis, no consent, no interest and no balancing test stated
     */
    public static Basis of(LawfulBasis basis) {
        return new Basis(List.of(basis), Option.none(), Option.none(), Assessment.notStated(), Option.none());
    }
}
