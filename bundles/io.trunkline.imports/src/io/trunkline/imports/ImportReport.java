package io.trunkline.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did: every element created, every document part skipped with the reason, every value
 * Trunkline could not map, and the planning inputs the document does not say and the planner must still fill
 * in (issue 16). Each entry is one line in the planner's words.
 */
public final class ImportReport {

    private final String source;
    private final List<String> created = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private final List<String> toFill = new ArrayList<>();

    ImportReport(String source) {
        this.source = source;
    }

    /** The imported file's name. */
    public String source() {
        return source;
    }

    /** One line per element created, e.g. {@code Front End pool fe01.contoso.example (3 servers) at site Paris}. */
    public List<String> created() {
        return Collections.unmodifiableList(created);
    }

    /** One line per document part left out, with the reason. */
    public List<String> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /** One line per value the document has and Trunkline could not map. */
    public List<String> unmapped() {
        return Collections.unmodifiableList(unmapped);
    }

    /** One line per planning input the document does not say (users, usage profile, ports, WAN links). */
    public List<String> toFill() {
        return Collections.unmodifiableList(toFill);
    }

    /** The whole report as text lines, section by section, for a terminal or a log. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + source + ": " + count(created.size(), "element") + " created, " + count(skipped.size(), "part")
                + " skipped, " + count(unmapped.size(), "value") + " not mapped, " + count(toFill.size(), "input")
                + " to fill in.");
        section(lines, "Created", created);
        section(lines, "Skipped", skipped);
        section(lines, "Not mapped", unmapped);
        section(lines, "Still to fill in", toFill);
        return lines;
    }

    void created(String line) {
        created.add(line);
    }

    void skipped(String line) {
        skipped.add(line);
    }

    void unmapped(String line) {
        unmapped.add(line);
    }

    void toFill(String line) {
        toFill.add(line);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static void section(List<String> lines, String title, List<String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        lines.add(title + ":");
        entries.forEach(entry -> lines.add("  " + entry));
    }
}
