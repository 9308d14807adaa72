package io.trunkline.model.persistence;

/**
 * One reason a topology file could not be loaded, phrased for a planner who may have edited the file by
 * hand: which file, where (line and column when the parser knows them), which element, and what is wrong.
 * Shown as {@code file:line:column: element: problem}; every part taken from the file has its control
 * characters written as {@code U+XXXX}.
 *
 * @param file    the file name
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param element the element concerned, by type, name and id ({@code TrunkPeer 'gw1' (peer-00000001)}), or the
 *                text of the line when the XML itself is broken, or empty when unknown
 * @param message what is wrong
 */
public record LoadProblem(String file, int line, int column, String element, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!element.isEmpty()) {
            text.append(element).append(": ");
        }
        return text.append(message).toString();
    }
}
