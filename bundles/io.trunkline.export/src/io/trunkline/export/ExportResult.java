package io.trunkline.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files    the files, in the order written
 * @param findings the number of validation findings listed in them
 * @param warnings what the planner should know about the content, e.g. text cut to fit a workbook cell
 */
public record ExportResult(List<Path> files, int findings, List<String> warnings) {

    /** Creates a result; the lists are copied. */
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
