package io.trunkline.diagram.description;

public enum EdgeEnd {
	SOURCE, TARGET
}
