package io.trunkline.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Output formats of the planning worksheets. */
public enum ExportFormat {
    /** One workbook with a sheet per table, formulas where a planner edits. */
    XLSX,
    /** One RFC 4180 file per table, UTF-8. */
    CSV,
    /** One self-contained, printable HTML report. */
    HTML;

    /** Parses a comma-separated list such as {@code xlsx,csv}. */
    public static Set<ExportFormat> parse(String list) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String part : list.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (!name.isEmpty()) {
                try {
                    formats.add(valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown format '" + part.trim() + "'; use xlsx, csv or html", e);
                }
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given; use xlsx, csv or html");
        }
        return formats;
    }
}
