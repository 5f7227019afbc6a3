package io.github.grondslag.domain.register;

import io.github.grondslag.domain.law.TransferSafeguard;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A transfer of personal data to a country outside the EEA (AVG 13(1)(f), 30(1)(e)), with the
 * safeguard that makes it lawful, if the statement names one, and the measures it describes.
 *
 * @param id the id of the transfer, unique in the register
 * @param recipient the id of the recipient the data go to, if the statement names one
 * @param destination the third country or international organisation the data go to
 * @param safeguard the tool of chapter V that makes the transfer lawful, if the statement names one
 * @param measures the statement's own words for what it does instead of, or beside, a tool
 * @param alternatives tools of art. 45-49 the statement offers for its transfers in general ("either an
 *                     adequacy decision or standard clauses") without tying one to this transfer
 * @param source the section of the privacy statement this element comes from, if given
 */
public record Transfer(
        String id,
        Option<String> recipient,
        String destination,
        Option<TransferSafeguard> safeguard,
        Option<String> measures,
        List<TransferSafeguard> alternatives,
        Option<String> source) {

    /**
     * A transfer as the statement describes it.
     *
     * @param id the id of the transfer
     * @param recipient the id of the recipient, if named
     * @param destination the third country or international organisation
     * @param safeguard the tool of chapter V relied on, if named
     * @param measures the statement's own words for its measures, if any
     * @param alternatives tools offered in general, tied to no transfer
     * @param source the section of the statement, if given
     * @throws NullPointerException if any component is {@code null}
     */
    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(safeguard, "safeguard");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(alternatives, "alternatives");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A transfer whose statement offers no untied alternatives.
     *
     * @param id the id of the transfer
     * @param recipient the id of the recipient, if named
     * @param destination the third country or international organisation
     * @param safeguard the tool of chapter V relied on, if named
     * @param measures the statement's own words for its measures, if any
     * @param source the section of the statement, if given
     */
    public Transfer(String id, Option<String> recipient, String destination, Option<TransferSafeguard> safeguard,
                    Option<String> measures, Option<String> source) {
        this(id, recipient, destination, safeguard, measures, List.empty(), source);
    }
}
