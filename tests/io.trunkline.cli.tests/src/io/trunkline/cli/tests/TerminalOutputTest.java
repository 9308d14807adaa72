package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.trunkline.cli.internal.TerminalSafeStream;

/** Names from a topology reach the terminal as text, never as escape sequences the terminal would obey. */
class TerminalOutputTest {

    private static String throughTheFilter(String text) {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new TerminalSafeStream(terminal), true, StandardCharsets.UTF_8)) {
            out.print(text);
        }
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapeSequencesAndNulBytesAreShownAsQuestionMarks() {
        assertEquals("Red?[31m alarm?? end", throughTheFilter("Red\u001b[31m alarm\u0007\u0000 end"));
    }

    @Test
    void c1ControlsInUtf8AreShownAsQuestionMarks() {
        assertEquals("a?b", throughTheFilter("a\u009bb"));
    }

    @Test
    void tabsLineEndsAndOtherCharactersPass() {
        String text = "Zürich\tÀ\u00a0é…\r\nnext";
        assertEquals(text, throughTheFilter(text));
    }
}
