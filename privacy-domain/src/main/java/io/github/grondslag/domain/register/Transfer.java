package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.TransferSafeguard;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A transfer of personal data to a country outside the EEA (AVG 13(1)(f), 30(1)(e)), with the
 * safeguard that makes it lawful, if the statement names one, and the measures it describes.
 *
 * @param alternatives tools of art. 45-49 the statement offers for its transfers in general ("either an
 *                     adequacy decision or standard clauses") without tying one to this transfer
 */
public record Transfer(
        String id,
        Option<String> recipient,
        String destination,
        Option<TransferSafeguard> safeguard,
        Option<String> measures,
        List<TransferSafeguard> alternatives,
        Option<String> source) {

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(safeguard, "safeguard");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(alternatives, "alternatives");
        Objects.requireNonNull(source, "source");
    }

    /** A transfer whose statement offers no untied alternatives. */
    public Transfer(String id, Option<String> recipient, String destination, Option<TransferSafeguard> safeguard,
                    Option<String> measures, Option<String> source) {
        this(id, recipient, destination, safeguard, measures, List.empty(), source);
    }
}
