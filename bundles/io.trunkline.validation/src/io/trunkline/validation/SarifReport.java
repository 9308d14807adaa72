package io.trunkline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import io.trunkline.model.persistence.LoadProblem;

/**
 * Findings of one or more topology files as a SARIF 2.1.0 log (OASIS <i>Static Analysis Results Interchange
 * Format</i> 2.1.0 §3), which Git hosts show on the lines of a pull request: one run, the whole rule catalogue as
 * the driver's rules (id, title, source as help text, default level), and one result per finding with its rule,
 * level, message, file and the line of the element it is reported on. A file that does not load gives one result
 * per load problem under {@link #LOAD_RULE_ID}, at the line the loader names.
 */
public final class SarifReport {

    /** The rule id of a load problem, which is no rule of the catalogue but must be described in the log too. */
    public static final String LOAD_RULE_ID = "TL-FILE";

    private static final String LOAD_RULE_TITLE = "The file is a topology Trunkline can load";

    private final List<String> results = new ArrayList<>();

    /**
     * Adds the findings of one file.
     *
     * @param uri    the file as a relative or absolute URI reference (see {@link #uri})
     * @param lineOf the 1-based line of the element with an id, 0 when unknown
     */
    public SarifReport add(String uri, ValidationResult result, ToIntFunction<String> lineOf) {
        for (Finding f : result.findings()) {
            results.add(result(f, uri, lineOf).append('}').toString());
        }
        // §3.27.23 and §3.35: a result whose suppressions array is not empty is suppressed; "inSource" because the
        // suppression is written in the topology file itself, with the architect's reason as justification
        for (SuppressedFinding s : result.suppressed()) {
            results.add(result(s.finding(), uri, lineOf).append(",\"suppressions\":[{\"kind\":\"inSource\",\"justification\":")
                    .append(ValidationReport.quote(s.reason())).append("}]}").toString());
        }
        return this;
    }

    private static StringBuilder result(Finding f, String uri, ToIntFunction<String> lineOf) {
        return result(f.rule().id(), RuleCatalogue.all().indexOf(f.rule()), level(f.severity()), f.message(), uri,
                f.target().getId() == null ? 0 : lineOf.applyAsInt(f.target().getId()), f.target().getId(), f.target().getName());
    }

    /** Adds the problems that kept one file from loading. */
    public SarifReport addLoadProblems(String uri, List<LoadProblem> problems) {
        for (LoadProblem problem : problems) {
            String text = problem.element().isEmpty() ? problem.message() : problem.element() + ": " + problem.message();
            results.add(result(LOAD_RULE_ID, RuleCatalogue.all().size(), "error", text, uri, problem.line(), null, null).append('}').toString());
        }
        return this;
    }

    /** The log as JSON. */
    public String json() {
        StringBuilder out = new StringBuilder();
        out.append("{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",")
                .append("\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Trunkline\",")
                .append("\"fullName\":\"Trunkline planning rules for Skype for Business Server Enterprise Voice topologies\",")
                .append("\"rules\":[");
        for (Rule rule : RuleCatalogue.all()) {
            RuleSource source = rule.source();
            out.append(rule(rule.id(), rule.title(), level(rule.severity()),
                    "Source [" + source.key() + "], " + source.section() + ": " + source.sentence())).append(',');
        }
        out.append(rule(LOAD_RULE_ID, LOAD_RULE_TITLE, "error",
                "Source [Trunkline], README.md \"Limits\": a topology file is read whole or not at all; the message names the line, the element and the problem."));
        out.append("]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[");
        out.append(String.join(",", results));
        return out.append("]}]}").toString();
    }

    /**
     * A path as SARIF wants it in {@code artifactLocation.uri} (§3.4.3): a relative reference with forward
     * slashes for a relative path, so a Git host matches it with the file in the repository; otherwise a
     * {@code file} URI.
     */
    public static String uri(java.nio.file.Path path) {
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        StringBuilder relative = new StringBuilder();
        for (java.nio.file.Path part : path.normalize()) {
            if (relative.length() > 0) {
                relative.append('/');
            }
            try {
                relative.append(new java.net.URI(null, null, part.toString(), null).toASCIIString().replace(":", "%3A"));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return relative.toString();
    }

    private static String rule(String id, String title, String level, String help) {
        return "{\"id\":" + ValidationReport.quote(id) + ",\"name\":" + ValidationReport.quote(id)
                + ",\"shortDescription\":{\"text\":" + ValidationReport.quote(title) + "},\"fullDescription\":{\"text\":"
                + ValidationReport.quote(title) + "},\"help\":{\"text\":" + ValidationReport.quote(help)
                + "},\"defaultConfiguration\":{\"level\":\"" + level + "\"}}";
    }

    /** A result object, still open for more members. */
    private static StringBuilder result(String ruleId, int ruleIndex, String level, String message, String uri, int line,
            String elementId, String elementName) {
        StringBuilder out = new StringBuilder("{\"ruleId\":").append(ValidationReport.quote(ruleId))
                .append(",\"ruleIndex\":").append(ruleIndex).append(",\"level\":\"").append(level)
                .append("\",\"message\":{\"text\":").append(ValidationReport.quote(message)).append("},\"locations\":[{")
                .append("\"physicalLocation\":{\"artifactLocation\":{\"uri\":").append(ValidationReport.quote(uri)).append('}');
        if (line > 0) {
            out.append(",\"region\":{\"startLine\":").append(line).append('}');
        }
        out.append('}');
        if (elementId != null) {
            out.append(",\"logicalLocations\":[{\"fullyQualifiedName\":").append(ValidationReport.quote(elementId));
            if (elementName != null) {
                out.append(",\"name\":").append(ValidationReport.quote(elementName));
            }
            out.append(",\"kind\":\"element\"}]");
        }
        return out.append("}]");
    }

    private static String level(Severity severity) {
        return switch (severity) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
        };
    }
}
