package io.trunkline.imports;

import java.util.List;

/** The first worksheet of an xlsx workbook as rows of cell texts. */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static List<List<String>> read(byte[] bytes, String file) throws ImportProblem {
        throw new ImportProblem(file, 0, "", "is an xlsx workbook; save it as CSV UTF-8 to import it");
    }
}
