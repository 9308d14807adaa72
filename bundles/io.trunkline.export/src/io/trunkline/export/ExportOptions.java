package io.trunkline.export;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the worksheets are laid out for printing.
 *
 * @param paper the paper size of every sheet and of the HTML report
 * @param stamp the moment of export to print in the page footers and the report; empty keeps the output
 *              byte-identical from one export to the next
 */
public record ExportOptions(Paper paper, Optional<Instant> stamp) {

    /** Creates options; neither part may be null. */
    public ExportOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** The paper of the user's locale and no time stamp. */
    public static ExportOptions defaults() {
        return new ExportOptions(Paper.ofDefaultLocale(), Optional.empty());
    }
}
