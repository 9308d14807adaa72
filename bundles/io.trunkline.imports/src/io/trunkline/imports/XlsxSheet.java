package io.trunkline.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.trunkline.model.persistence.TopologyLimits;

/**
 * The first worksheet of an xlsx workbook (ECMA-376 SpreadsheetML) as rows of cell texts, read without a library:
 * the workbook names its first sheet, the relationships give its part, shared strings give the text of string
 * cells. Each part is parsed by {@link SecureXml}; a part that unpacks to more than 64 MB (a zip bomb) is refused.
 * A cell holding a formula is given as {@code =} and the formula, so the row is refused rather than its last
 * computed value taken for data.
 */
final class XlsxSheet {

    private static final Set<String> PARTS = Set.of("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml");
    private static final int MAX_ENTRIES = 10_000;

    private XlsxSheet() {
    }

    static List<List<String>> read(byte[] bytes, String file) throws ImportProblem {
        Map<String, byte[]> parts = unzip(bytes, file);
        String sheetPart = firstSheet(parts, file);
        byte[] sheet = parts.get(sheetPart);
        if (sheet == null) {
            throw new ImportProblem(file, 0, "", "is an xlsx workbook without its first worksheet (" + sheetPart + ")");
        }
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"), file)
                : List.of();
        return rows(SecureXml.parse(sheet, file + " (" + sheetPart + ")"), shared, file);
    }

    /** The parts this reader needs, every worksheet included, each unpacked with a bound. */
    private static Map<String, byte[]> unzip(byte[] bytes, String file) throws ImportProblem {
        Map<String, byte[]> parts = new HashMap<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportProblem(file, 0, "", "is a workbook of more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName();
                if (PARTS.contains(name) || name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    parts.put(name, bounded(zip, file));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportProblem(file, 0, "", "is not a readable xlsx workbook (a damaged zip archive)");
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new ImportProblem(file, 0, "", "is a zip archive but not an xlsx workbook (it has no xl/workbook.xml)");
        }
        return parts;
    }

    private static byte[] bounded(InputStream in, String file) throws IOException, ImportProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > TopologyLimits.MAX_IMPORT_BYTES) {
                throw new ImportProblem(file, 0, "", String.format(Locale.ROOT,
                        "is a workbook whose sheet unpacks to more than %,d bytes (64 MB)", TopologyLimits.MAX_IMPORT_BYTES));
            }
        }
        return out.toByteArray();
    }

    /** The part of the first sheet the workbook lists, through its relationship id. */
    private static String firstSheet(Map<String, byte[]> parts, String file) throws ImportProblem {
        XmlNode workbook = SecureXml.parse(parts.get("xl/workbook.xml"), file + " (xl/workbook.xml)");
        String id = workbook.child("sheets").flatMap(s -> s.child("sheet")).flatMap(s -> s.attribute("id")).orElse(null);
        byte[] relations = parts.get("xl/_rels/workbook.xml.rels");
        if (id != null && relations != null) {
            for (XmlNode relation : SecureXml.parse(relations, file + " (xl/_rels/workbook.xml.rels)").children("Relationship")) {
                if (id.equals(relation.attribute("Id").orElse(null))) {
                    String target = relation.attribute("Target").orElse("");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(byte[] part, String file) throws ImportProblem {
        List<String> strings = new ArrayList<>();
        for (XmlNode item : SecureXml.parse(part, file + " (xl/sharedStrings.xml)").children("si")) {
            strings.add(text(item));
        }
        return strings;
    }

    /** The text of a string item: one {@code t}, or the {@code t} of each rich-text run. */
    private static String text(XmlNode item) {
        StringBuilder text = new StringBuilder();
        item.child("t").ifPresent(t -> text.append(t.rawText()));
        for (XmlNode run : item.children("r")) {
            run.child("t").ifPresent(t -> text.append(t.rawText()));
        }
        return text.toString();
    }

    private static List<List<String>> rows(XmlNode worksheet, List<String> shared, String file) throws ImportProblem {
        List<List<String>> rows = new ArrayList<>();
        XmlNode data = worksheet.child("sheetData").orElse(null);
        if (data == null) {
            return rows;
        }
        for (XmlNode row : data.children("row")) {
            int number = row.attribute("r").map(XlsxSheet::number).orElse(rows.size() + 1);
            if (number < rows.size() + 1 || number > TopologyLimits.MAX_IMPORT_ELEMENTS) {
                throw new ImportProblem(file, row.line(), row.path(), "row number " + number + " is out of order or too large");
            }
            while (rows.size() < number) {
                rows.add(new ArrayList<>());
            }
            List<String> cells = rows.get(number - 1);
            for (XmlNode cell : row.children("c")) {
                int column = cell.attribute("r").map(XlsxSheet::column).orElse(cells.size());
                if (column < cells.size() || column >= InventoryTable.MAX_COLUMNS) {
                    throw new ImportProblem(file, cell.line(), cell.path(), "cell " + cell.attribute("r").orElse("")
                            + " is out of order or beyond column " + InventoryTable.MAX_COLUMNS);
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value(cell, shared, file));
            }
        }
        return rows;
    }

    private static String value(XmlNode cell, List<String> shared, String file) throws ImportProblem {
        if (cell.child("f").isPresent()) {
            return "=" + cell.child("f").get().rawText();
        }
        String type = cell.attribute("t").orElse("n");
        if (type.equals("inlineStr")) {
            return cell.child("is").map(XlsxSheet::text).orElse("");
        }
        String value = cell.child("v").map(XmlNode::rawText).orElse("");
        if (type.equals("s")) {
            try {
                return shared.get(Integer.parseInt(value.strip()));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new ImportProblem(file, cell.line(), cell.path(), "cell names shared string '" + value + "' that the workbook lacks");
            }
        }
        return value;
    }

    /** 1-based row of a reference such as {@code B12}, or -1. */
    private static int number(String reference) {
        try {
            return Integer.parseInt(reference.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 0-based column of a cell reference such as {@code B12}. */
    private static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= InventoryTable.MAX_COLUMNS) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return column - 1;
    }
}
