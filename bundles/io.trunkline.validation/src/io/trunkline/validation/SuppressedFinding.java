package io.trunkline.validation;

/**
 * A finding the architect accepted, with the reason they wrote: listed as suppressed, never counted as an error or
 * warning, never failing a run.
 *
 * @param finding the finding as the rule reported it
 * @param reason  why it is accepted, as written in the topology
 */
public record SuppressedFinding(Finding finding, String reason) {
}
