package io.trunkline.editor.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the user put things, per diagram: node bounds and edge bend points keyed by diagram
 * scope ({@code overview} or a site id) and element id. Kept in a sidecar text file beside the
 * topology ({@code name.topology.layout}), one sorted line per entry, so moving a box changes
 * one line in a Git diff and never touches the topology file itself.
 */
public final class LayoutStore {

	public static final String SUFFIX = ".layout";
	private static final String HEADER = "# Trunkline diagram layout: scope id x y width height | scope id bend x,y x,y ... | scope id pinned";

	private final Map<String, Rectangle> bounds = new TreeMap<>();
	private final Map<String, List<Point>> bends = new TreeMap<>();
	private final java.util.SortedSet<String> pinned = new java.util.TreeSet<>();
	private final List<String> problems = new ArrayList<>();
	private final List<java.util.function.BiConsumer<String, String>> listeners = new ArrayList<>();

	public static Path fileFor(Path topologyFile) {
		return topologyFile.resolveSibling(topologyFile.getFileName() + SUFFIX);
	}

	/** Reads a layout file; a missing file is an empty layout, unreadable lines are reported and skipped. */
	public static LayoutStore load(Path file) throws IOException {
		LayoutStore store = new LayoutStore();
		if (!Files.exists(file)) {
			return store;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				store.parse(line);
			} catch (RuntimeException bad) {
				store.problems.add(file.getFileName() + " line " + (i + 1) + ": cannot read '" + line + "', ignored");
			}
		}
		return store;
	}

	private void parse(String line) {
		String[] parts = line.split("\\s+");
		String key = parts[0] + " " + parts[1];
		if (parts.length >= 3 && parts[2].equals("bend")) {
			List<Point> points = new ArrayList<>();
			for (int i = 3; i < parts.length; i++) {
				String[] xy = parts[i].split(",");
				points.add(new Point(Integer.parseInt(xy[0]), Integer.parseInt(xy[1])));
			}
			bends.put(key, List.copyOf(points));
		} else if (parts.length == 3 && parts[2].equals("pinned")) {
			pinned.add(key);
		} else if (parts.length == 6) {
			Rectangle box = new Rectangle(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]),
					Integer.parseInt(parts[5]));
			if (box.width <= 0 || box.height <= 0) {
				throw new IllegalArgumentException("size must be positive");
			}
			bounds.put(key, box);
		} else {
			throw new IllegalArgumentException("expected 6 fields, a bend list or 'pinned'");
		}
	}

	/** Lines the last load could not read, for the editor to show. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	public Rectangle bounds(String scope, String id) {
		Rectangle box = bounds.get(scope + " " + id);
		return box == null ? null : new Rectangle(box.x, box.y, box.width, box.height);
	}

	public List<Point> bendpoints(String scope, String id) {
		return bends.get(scope + " " + id);
	}

	/** Hears {@code (scope, id)} of every entry set, so a diagram redraws only the elements whose layout changed. */
	public void addListener(java.util.function.BiConsumer<String, String> listener) {
		listeners.add(listener);
	}

	private void changed(String scope, String id) {
		listeners.forEach(listener -> listener.accept(scope, id));
	}

	/** Sets or, with {@code null}, forgets the bounds of an element. */
	public void setBounds(String scope, String id, Rectangle box) {
		changed(scope, id);
		if (box == null) {
			bounds.remove(scope + " " + id);
		} else {
			bounds.put(scope + " " + id, new Rectangle(box.x, box.y, box.width, box.height));
		}
	}

	public void setBendpoints(String scope, String id, List<Point> points) {
		changed(scope, id);
		if (points == null) {
			bends.remove(scope + " " + id);
		} else {
			bends.put(scope + " " + id, List.copyOf(points));
		}
	}

	/** Whether the user pinned the element: Arrange All leaves it where it is. */
	public boolean isPinned(String scope, String id) {
		return pinned.contains(scope + " " + id);
	}

	public void setPinned(String scope, String id, boolean pin) {
		changed(scope, id);
		if (pin) {
			pinned.add(scope + " " + id);
		} else {
			pinned.remove(scope + " " + id);
		}
	}

	/**
	 * The layout file's bytes, for the editor to write together with the topology. Entries of
	 * elements that no longer exist are dropped: {@code liveIds} holds every scope and element
	 * id of the topology.
	 */
	public byte[] toBytes(Set<String> liveIds) {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		bounds.forEach((key, box) -> {
			if (live(key, liveIds)) {
				text.append(key).append(' ').append(box.x).append(' ').append(box.y).append(' ').append(box.width).append(' ')
						.append(box.height).append('\n');
			}
		});
		bends.forEach((key, points) -> {
			if (live(key, liveIds) && !points.isEmpty()) {
				text.append(key).append(" bend");
				points.forEach(p -> text.append(' ').append(p.x).append(',').append(p.y));
				text.append('\n');
			}
		});
		for (String key : pinned) {
			if (live(key, liveIds)) {
				text.append(key).append(" pinned\n");
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static boolean live(String key, Set<String> liveIds) {
		String[] parts = key.split(" ");
		return (parts[0].equals(TopologyDiagrams.OVERVIEW) || liveIds.contains(parts[0])) && liveIds.contains(parts[1]);
	}
}
