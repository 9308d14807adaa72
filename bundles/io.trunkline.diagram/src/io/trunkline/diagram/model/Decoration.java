package io.trunkline.diagram.model;

/** A badge on an element: a severity and the text shown as its tooltip. */
public record Decoration(Severity severity, String message) {
}
