package io.trunkline.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trunkline.model.persistence.TopologyLimits;

/**
 * The cells of a site inventory: a header row and data rows, each with its row number as a spreadsheet shows it
 * (the header is row 1). CSV is read as RFC 4180 in UTF-8 (a byte order mark is allowed), with a comma or, when
 * the header has no comma, a semicolon between cells; an xlsx workbook's first sheet is read by {@link XlsxSheet}.
 */
record InventoryTable(List<String> header, List<Row> rows) {

    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Most columns read; an inventory has nine. */
    static final int MAX_COLUMNS = 256;

    static InventoryTable read(byte[] bytes, String file) throws ImportProblem {
        List<List<String>> lines = isZip(bytes) ? XlsxSheet.read(bytes, file) : csv(decode(bytes, file), file);
        if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
            throw new ImportProblem(file, 1, "", "has no header row; the first row names the columns (site name, central/branch, ...)");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new Row(i + 1, lines.get(i)));
        }
        return new InventoryTable(lines.get(0).stream().map(String::strip).toList(), rows);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static String decode(byte[] bytes, String file) throws ImportProblem {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportProblem(file, 0, "", "is not UTF-8 text; save the inventory as CSV UTF-8 (or as xlsx)");
        }
    }

    /** RFC 4180: quoted cells may hold separators, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text, String file) throws ImportProblem {
        if (text.indexOf('\0') >= 0) {
            throw new ImportProblem(file, 0, "", "holds NUL characters; it is not a CSV text file");
        }
        int firstBreak = text.indexOf('\n');
        String headerLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = headerLine.indexOf(',') < 0 && headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (c == separator) {
                add(cells, cell, file, line);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(cells, cell, file, line);
                addLine(lines, cells, file, line);
                cells = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportProblem(file, quoteLine, "", "a quoted cell opened on this line is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            add(cells, cell, file, line);
            addLine(lines, cells, file, line);
        }
        return lines;
    }

    private static void add(List<String> cells, StringBuilder cell, String file, int line) throws ImportProblem {
        if (cells.size() >= MAX_COLUMNS) {
            throw new ImportProblem(file, line, "", "has more than " + MAX_COLUMNS + " columns");
        }
        if (cell.length() > TopologyLimits.MAX_DESCRIPTION_LENGTH) {
            throw new ImportProblem(file, line, "", String.format(Locale.ROOT, "has a cell of %,d characters", cell.length()));
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private static void addLine(List<List<String>> lines, List<String> cells, String file, int line) throws ImportProblem {
        if (lines.size() >= TopologyLimits.MAX_IMPORT_ELEMENTS) {
            throw new ImportProblem(file, line, "", String.format(Locale.ROOT, "has more than %,d rows", TopologyLimits.MAX_IMPORT_ELEMENTS));
        }
        lines.add(cells);
    }
}
