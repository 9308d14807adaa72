package io.trunkline.diagram.description;

import java.util.List;

/** A titled section of the palette. */
public record ToolGroup(String label, List<Tool> tools) {

	public ToolGroup {
		tools = List.copyOf(tools);
	}
}
