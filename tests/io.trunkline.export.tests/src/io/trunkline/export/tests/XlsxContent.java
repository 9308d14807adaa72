package io.trunkline.export.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a workbook back with the JDK only (unzip + DOM), so tests compare cells, not zip bytes. A cell reads as
 * its text or number, or as {@code =FORMULA} when it holds a formula.
 */
final class XlsxContent {

    final Map<String, byte[]> entries = new TreeMap<>();
    final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    XlsxContent(Path file) throws Exception {
        // ZipFile reads the central directory; opczip streams entries with data descriptors that
        // ZipInputStream cannot size.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        List<String> shared = new ArrayList<>();
        if (entries.containsKey("xl/sharedStrings.xml")) {
            NodeList strings = parse(entries.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < strings.getLength(); i++) {
                shared.add(strings.item(i).getTextContent());
            }
        }
        Document workbook = parse(entries.get("xl/workbook.xml"));
        NodeList names = workbook.getElementsByTagName("sheet");
        for (int i = 0; i < names.getLength(); i++) {
            String name = ((Element) names.item(i)).getAttribute("name");
            sheets.put(name, rows(parse(entries.get("xl/worksheets/sheet" + (i + 1) + ".xml")), shared));
        }
    }

    List<List<String>> sheet(String name) {
        return sheets.get(name);
    }

    private static List<List<String>> rows(Document sheet, List<String> shared) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                NodeList formula = cell.getElementsByTagName("f");
                NodeList value = cell.getElementsByTagName("v");
                NodeList inline = cell.getElementsByTagName("is");
                if (formula.getLength() > 0) {
                    cells.add("=" + formula.item(0).getTextContent());
                } else if ("s".equals(cell.getAttribute("t"))) {
                    cells.add(shared.get(Integer.parseInt(value.item(0).getTextContent())));
                } else if (inline.getLength() > 0) {
                    cells.add(inline.item(0).getTextContent());
                } else {
                    cells.add(value.getLength() > 0 ? value.item(0).getTextContent() : "");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The XML element of the cell at {@code row} and {@code column} (0-based) of sheet number {@code index} (1-based). */
    Element cell(int index, int row, int column) throws Exception {
        NodeList rowNodes = parse(entries.get("xl/worksheets/sheet" + index + ".xml")).getElementsByTagName("row");
        return (Element) ((Element) rowNodes.item(row)).getElementsByTagName("c").item(column);
    }

    /** How a cell is shown: its number format code ("General" when none), horizontal alignment and wrapping. */
    record Look(String format, String horizontal, boolean wrap) {
    }

    /** The look of the cell at {@code row} and {@code column} (0-based) of sheet number {@code index} (1-based), from styles.xml. */
    Look look(int index, int row, int column) throws Exception {
        Element cell = cell(index, row, column);
        String s = cell.getAttribute("s");
        Document styles = parse(entries.get("xl/styles.xml"));
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        Element xf = (Element) cellXfs.getElementsByTagName("xf").item(s.isEmpty() ? 0 : Integer.parseInt(s));
        String format = "General";
        NodeList numFmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element numFmt = (Element) numFmts.item(i);
            if (numFmt.getAttribute("numFmtId").equals(xf.getAttribute("numFmtId"))) {
                format = numFmt.getAttribute("formatCode");
            }
        }
        NodeList alignment = xf.getElementsByTagName("alignment");
        Element a = alignment.getLength() == 0 ? null : (Element) alignment.item(0);
        return new Look(format, a == null ? "" : a.getAttribute("horizontal"),
                a != null && ("true".equals(a.getAttribute("wrapText")) || "1".equals(a.getAttribute("wrapText"))));
    }

    /** The width of column {@code column} (0-based) of sheet number {@code index} (1-based), or -1 when not set. */
    double width(int index, int column) throws Exception {
        NodeList cols = parse(entries.get("xl/worksheets/sheet" + index + ".xml")).getElementsByTagName("col");
        for (int i = 0; i < cols.getLength(); i++) {
            Element col = (Element) cols.item(i);
            if (Integer.parseInt(col.getAttribute("min")) <= column + 1 && column + 1 <= Integer.parseInt(col.getAttribute("max"))) {
                return Double.parseDouble(col.getAttribute("width"));
            }
        }
        return -1;
    }

    /** The height in points of row {@code row} (0-based) of sheet number {@code index} (1-based), or -1 when not set. */
    double rowHeight(int index, int row) throws Exception {
        Element element = (Element) parse(entries.get("xl/worksheets/sheet" + index + ".xml")).getElementsByTagName("row").item(row);
        return element.getAttribute("ht").isEmpty() ? -1 : Double.parseDouble(element.getAttribute("ht"));
    }

    /** The XML of sheet number {@code index} (1-based). */
    String sheetXml(int index) {
        return new String(entries.get("xl/worksheets/sheet" + index + ".xml"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        }
    }
}
