package io.trunkline.diagram.model;

/** How serious a {@link Decoration} is; decides its colour and its place in the tooltip. */
public enum Severity {
	INFO, WARNING, ERROR
}
