package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trunkline.model.Element;

/** Builds one row cell by cell. */
final class Rows {

    /** Cells that recur in nearly every row, made once for every row. */
    private static final Cell EMPTY = Cell.of("");
    private static final Cell YES = Cell.of("yes");
    private static final Cell NO = Cell.of("no");

    /**
     * Room for a row of the widest table (Sites, 16 columns) from the start: a list grown from ten twice for each
     * row was a fifth of what making the rows allocated.
     */
    private final List<Cell> cells = new ArrayList<>(16);

    Rows text(String value) {
        cells.add(value == null || value.isEmpty() ? EMPTY : Cell.of(value));
        return this;
    }

    Rows number(double value) {
        cells.add(Cell.of(value));
        return this;
    }

    Rows number(double value, Column.Type format) {
        cells.add(new Cell.Number(value, format));
        return this;
    }

    Rows formula(String expression, double cached) {
        cells.add(new Cell.Formula(expression, cached));
        return this;
    }

    Rows yesNo(boolean value) {
        cells.add(value ? YES : NO);
        return this;
    }

    List<Cell> done() {
        return cells;
    }

    static String name(Element element) {
        return element == null ? "" : element.getName() != null ? element.getName() : element.getId();
    }

    static String literal(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
