package io.trunkline.export;

import java.nio.file.Path;
import java.util.List;

import io.trunkline.validation.ValidationResult;

/**
 * What an export wrote.
 *
 * @param files      the files, in the order written
 * @param validation the validation the worksheets list, so that a caller judging the findings need not validate again
 * @param warnings   what the planner should know about the content, e.g. text cut to fit a workbook cell
 */
public record ExportResult(List<Path> files, ValidationResult validation, List<String> warnings) {

    /** Creates a result; the lists are copied. */
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The number of validation findings listed in the worksheets. */
    public int findings() {
        return validation.findings().size();
    }
}
