package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of each element in a topology file, for findings a Git host shows on that line. The model keeps no
 * positions once loaded, but a saved topology is canonical: every element's start tag, with its {@code id}
 * attribute, is on a line of its own, so the line of {@code id="…"} is the element's line.
 */
final class ElementLines {

    private static final Pattern ID = Pattern.compile("(?<=\\s)id=\"([^\"]*)\"");

    private ElementLines() {
    }

    /** Element id → 1-based line; empty when the file cannot be read again (the findings then name no line). */
    static Map<String, Integer> of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            String[] text = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < text.length; i++) {
                Matcher id = ID.matcher(text[i]);
                while (id.find()) {
                    lines.putIfAbsent(unescape(id.group(1)), i + 1);
                }
            }
        } catch (IOException unreadable) {
            // It was read a moment ago to load it; findings without a line are still findings.
        }
        return lines;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
