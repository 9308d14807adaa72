package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trunkline.model.Element;

/** Builds one row cell by cell. */
final class Rows {

    private final List<Cell> cells = new ArrayList<>();

    Rows text(String value) {
        cells.add(Cell.of(value == null ? "" : value));
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
        return text(value ? "yes" : "no");
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
