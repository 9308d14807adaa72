package io.trunkline.validation;

import java.util.List;
import java.util.Locale;

/** Findings as text for a terminal or as JSON for a planner's CI (the {@code trunkline validate} output). */
public final class ValidationReport {

    private ValidationReport() {
    }

    /**
     * One line per finding ({@code SEVERITY RULE element-id: message [source]}), then one per suppressed finding
     * ({@code SUPPRESSED (SEVERITY) RULE element-id: message [source] reason: …}), and a summary line.
     */
    public static String text(String file, ValidationResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            out.append(String.format(Locale.ROOT, "%-7s %-9s %s: %s [%s]%n", f.severity(), f.rule().id(),
                    f.target().getId(), f.message(), f.rule().source().key()));
        }
        for (SuppressedFinding s : result.suppressed()) {
            Finding f = s.finding();
            out.append(String.format(Locale.ROOT, "SUPPRESSED (%s) %s %s: %s [%s] reason: %s%n", f.severity(), f.rule().id(),
                    f.target().getId(), f.message(), f.rule().source().key(), s.reason()));
        }
        out.append(summary(file, result)).append(System.lineSeparator());
        return out.toString();
    }

    /** {@code file: N errors, N warnings, N infos}, and {@code , N suppressed} when some are. */
    public static String summary(String file, ValidationResult result) {
        return String.format(Locale.ROOT, "%s: %d errors, %d warnings, %d infos", file, result.of(Severity.ERROR).size(),
                result.of(Severity.WARNING).size(), result.of(Severity.INFO).size())
                + (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed");
    }

    /**
     * A JSON object {@code {"file":…, "errors":n, "warnings":n, "infos":n, "findings":[…], "suppressed":[…]}}; a
     * suppressed finding carries its {@code reason} and counts in none of the numbers.
     */
    public static String json(String file, ValidationResult result) {
        StringBuilder out = new StringBuilder("{\"file\":").append(quote(file));
        out.append(",\"errors\":").append(result.of(Severity.ERROR).size());
        out.append(",\"warnings\":").append(result.of(Severity.WARNING).size());
        out.append(",\"infos\":").append(result.of(Severity.INFO).size());
        out.append(",\"findings\":[");
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            out.append(i == 0 ? "" : ",");
            finding(findings.get(i), out).append('}');
        }
        out.append("],\"suppressed\":[");
        List<SuppressedFinding> suppressed = result.suppressed();
        for (int i = 0; i < suppressed.size(); i++) {
            out.append(i == 0 ? "" : ",");
            finding(suppressed.get(i).finding(), out).append(",\"reason\":").append(quote(suppressed.get(i).reason())).append('}');
        }
        return out.append("]}").toString();
    }

    /** A finding's JSON object, still open for more members. */
    private static StringBuilder finding(Finding f, StringBuilder out) {
        return out.append("{\"rule\":").append(quote(f.rule().id()))
                .append(",\"severity\":").append(quote(f.severity().name().toLowerCase(Locale.ROOT)))
                .append(",\"element\":").append(quote(f.target().getId()))
                .append(",\"elementName\":").append(quote(f.target().getName()))
                .append(",\"message\":").append(quote(f.message()))
                .append(",\"source\":").append(quote(f.rule().source().key()));
    }

    /** The catalogue as text: id, severity, title and source, one rule per line. */
    public static String catalogue() {
        StringBuilder out = new StringBuilder();
        for (Rule rule : RuleCatalogue.all()) {
            out.append(String.format(Locale.ROOT, "%-9s %-7s %s [%s; %s]%n", rule.id(), rule.severity(), rule.title(),
                    rule.source().key(), rule.source().section()));
        }
        return out.toString();
    }

    /** The catalogue as the Markdown of docs/rules.md. */
    public static String catalogueMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Trunkline planning rules\n\n");
        out.append("Generated from the rule catalogue (`io.trunkline.validation.RuleCatalogue`); do not edit by hand.\n");
        out.append("Source keys are those of the domain specification (`domain.md`, `domain-catalogue.md` §0).\n\n");
        out.append(String.format(Locale.ROOT, "%d rules: %d errors, %d warnings, %d infos.%n%n", RuleCatalogue.all().size(),
                count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)));
        out.append("| ID | severity | rule | source | where | the sentence behind it |\n|---|---|---|---|---|---|\n");
        for (Rule rule : RuleCatalogue.all()) {
            out.append("| ").append(rule.id()).append(" | ").append(rule.severity().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(cell(rule.title())).append(" | ").append(cell(rule.source().key()))
                    .append(" | ").append(cell(rule.source().section())).append(" | ")
                    .append(cell(rule.source().sentence())).append(" |\n");
        }
        List<CatalogueCoverage.Gap> gaps = CatalogueCoverage.gaps();
        out.append("\n## Catalogue rules without a rule of their own\n\n");
        out.append(String.format(Locale.ROOT,
                "Every rule of `domain-catalogue.md` §2 is cited by the rules above (column \"where\"), except these %d: what%n"
                        + "guarantees each instead, or why it is not expressible yet and what model it would need.%n%n", gaps.size()));
        out.append("| catalogue | severity | what it asks | how it is covered, or what it would need |\n|---|---|---|---|\n");
        for (CatalogueCoverage.Gap gap : gaps) {
            out.append("| ").append(gap.id()).append(" | ").append(gap.severity().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(cell(gap.check())).append(" | ").append(cell(gap.how())).append(" |\n");
        }
        return out.toString();
    }

    private static long count(Severity severity) {
        return RuleCatalogue.all().stream().filter(r -> r.severity() == severity).count();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** A JSON string (RFC 8259 §7), or {@code null}: quotes, backslashes and control characters escaped. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        return out.append('"').toString();
    }
}
