package io.github.grondslag.testkit.generators;

import io.github.grondslag.testkit.property.Gen;
import io.github.grondslag.testkit.property.Gens;

/**
 * Personal data that looks real, for leak tests: names, e-mail addresses, BSNs that pass the eleven
 * test, Dutch mobile numbers and free text. None of it belongs to anyone: the names are common, the
 * domains are {@code example.nl} (RFC 2606 reserves example domains), and the numbers are drawn at random.
 */
public final class PersonalDataGens {

    private static final String[] GIVEN = {"Jan", "Anna", "Mohamed", "Sanne", "Pieter", "Fatima", "Daan", "Emma",
            "Lotte", "Bram", "Noor", "Sem"};
    private static final String[] FAMILY = {"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "El Amrani", "Yilmaz", "Peeters"};

    private PersonalDataGens() {
    }

    /** A person's name, with a number so that it is unlikely to occur in any other text. */
    public static Gen<String> names() {
        return c -> Gens.elements(GIVEN).generate(c) + " " + Gens.elements(FAMILY).generate(c) + " "
                + Gens.integers(100, 999).generate(c);
    }

    /** An e-mail address at example.nl. */
    public static Gen<String> emails() {
        return c -> Gens.elements(GIVEN).generate(c).toLowerCase() + "." + Gens.integers(1000, 99999).generate(c)
                + "@example.nl";
    }

    /** A burgerservicenummer: nine digits that pass the eleven test (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). */
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

    /** Whether nine digits pass the eleven test. */
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

    /** A Dutch mobile number, 06 and eight digits. */
    public static Gen<String> phones() {
        return c -> "06-" + Gens.integers(10_000_000, 99_999_999).generate(c);
    }

    /** Free text a subject might write, holding a name and a number. */
    public static Gen<String> freeText() {
        return c -> "Graag contact met " + names().generate(c) + " op " + phones().generate(c) + ", ik heb klacht "
                + Gens.integers(10_000, 99_999).generate(c);
    }

    /** One person's data, together. */
    public record Person(String name, String email, String bsn, String phone, String text) {
        /** Every value, to search output for. */
        public java.util.List<String> values() {
            return java.util.List.of(name, email, bsn, phone, text);
        }
    }

    public static Gen<Person> persons() {
        return c -> new Person(names().generate(c), emails().generate(c), bsns().generate(c), phones().generate(c),
                freeText().generate(c));
    }
}
