package io.trunkline.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files    the files, in the order written
 * @param findings the number of validation findings listed in them
 */
public record ExportResult(List<Path> files, int findings) {

    /** Creates a result; the list is copied. */
    public ExportResult {
        files = List.copyOf(files);
    }
}
