package io.github.grondslag.testkit.generators;

import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;

/**
 * Personal data that looks real, for leak tests: names, e-mail addresses, BSNs that pass the eleven
 * test, Dutch mobile numbers and free text. None of it belongs to anyone: the names are common, the
 * domains are {@code example.nl} (RFC 2606 reserves example domains), and the numbers are drawn at random.
 *
 * <p>Feed these values into the code under test and then search its logs, output and stored files
 * for them: any hit is personal data that leaked. Every value carries a number of several digits,
 * so a hit is unlikely to be a coincidence. Like every generator of the testkit they shrink through
 * the property engine's choice sequence, towards the first name of the lists and the smallest
 * numbers.
 */
public final class PersonalDataGens {

    private static final String[] GIVEN = {"Jan", "Anna", "Mohamed", "Sanne", "Pieter", "Fatima", "Daan", "Emma",
            "Lotte", "Bram", "Noor", "Sem"};
    private static final String[] FAMILY = {"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "El Amrani", "Yilmaz", "Peeters"};

    private PersonalDataGens() {
    }

    /**
     * {@return names of made-up people: a common Dutch given name and family name followed by a
     * three-digit number, so that the name is unlikely to occur in any other text; shrinks towards
     * {@code "Jan de Vries 100"}}
     */
    public static Gen<String> names() {
        return c -> Gens.elements(GIVEN).generate(c) + " " + Gens.elements(FAMILY).generate(c) + " "
                + Gens.integers(100, 999).generate(c);
    }

    /**
     * {@return e-mail addresses at the reserved domain {@code example.nl}: a lower-case given name,
     * a dot and a number of four or five digits; shrinks towards {@code "jan.1000@example.nl"}}
     */
    public static Gen<String> emails() {
        return c -> Gens.elements(GIVEN).generate(c).toLowerCase() + "." + Gens.integers(1000, 99999).generate(c)
                + "@example.nl";
    }

    /**
     * {@return burgerservicenummers (BSN): nine digits that pass the eleven test
     * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11), the first digit never zero; the last digit is
     * computed from the other eight, which are drawn again when no digit fits. Shrinks towards
     * {@code "100000009"}}
     */
    public static Gen<String> bsns() {
        return c -> {
            while (true) {
                int[] d = new int[9];
                int sum = 0;
                d[0] = Gens.integers(1, 9).generate(c);
                sum += 9 * d[0];
                for (int i = 1; i < 8; i++) {
                    d[i] = Gens.integers(0, 9).generate(c);
                    sum += (9 - i) * d[i];
                }
                int last = sum % 11;
                if (last < 10) {
                    d[8] = last;
                    StringBuilder s = new StringBuilder();
                    for (int digit : d) {
                        s.append(digit);
                    }
                    return s.toString();
                }
            }
        };
    }

    /**
     * Whether a string is nine digits that pass the eleven test of a BSN
     * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11); anything that is not exactly nine digits fails.
     *
     * @param bsn the string to test
     * @return {@code true} if it is nine digits that pass the eleven test
     */
    public static boolean elevenTest(String bsn) {
        if (!bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        return (sum - (bsn.charAt(8) - '0')) % 11 == 0;
    }

    /**
     * {@return Dutch mobile numbers: {@code 06-} and eight digits, the first not zero; shrinks
     * towards {@code "06-10000000"}}
     */
    public static Gen<String> phones() {
        return c -> "06-" + Gens.integers(10_000_000, 99_999_999).generate(c);
    }

    /**
     * {@return free text a subject might write in a form or e-mail (in Dutch), holding a name of
     * {@link #names()}, a phone number of {@link #phones()} and a five-digit complaint number}
     */
    public static Gen<String> freeText() {
        return c -> "Graag contact met " + names().generate(c) + " op " + phones().generate(c) + ", ik heb klacht "
                + Gens.integers(10_000, 99_999).generate(c);
    }

    /**
     * One made-up person's data, together, each value drawn independently (the e-mail address need
     * not match the name).
     *
     * @param name the name, of {@link #names()}
     * @param email the e-mail address, of {@link #emails()}
     * @param bsn the BSN, of {@link #bsns()}
     * @param phone the mobile number, of {@link #phones()}
     * @param text free text holding another name and phone number, of {@link #freeText()}
     */
    public record Person(String name, String email, String bsn, String phone, String text) {
        /** {@return every value of the person, in component order, to search output for} */
        public java.util.List<String> values() {
            return java.util.List.of(name, email, bsn, phone, text);
        }
    }

    /** {@return made-up people: a {@link Person} with one value of each generator of this class} */
    public static Gen<Person> persons() {
        return c -> new Person(names().generate(c), emails().generate(c), bsns().generate(c), phones().generate(c),
                freeText().generate(c));
    }
}
