package io.trunkline.validation;

/**
 * Where a rule comes from.
 *
 * @param key      source key of the domain specification, e.g. {@code DS} for <i>Direct SIP connections</i>
 * @param section  where in our specification the rule is listed, e.g. {@code domain-catalogue.md §2.1 GW-01}
 * @param sentence the sentence of the source the rule rests on, or the reasoning for an inferred rule
 */
public record RuleSource(String key, String section, String sentence) {
}
