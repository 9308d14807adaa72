package io.trunkline.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Output for a terminal: control characters from a topology (an ESC sequence in a name, a NUL) are shown as
 * {@code ?} instead of reaching the terminal, which would obey them. Tab and line ends pass. Works on UTF-8
 * bytes: C0 controls and DEL are single bytes, C1 controls are {@code C2 80}–{@code C2 9F} (a {@code C2} is held
 * until the next byte shows which it starts).
 */
public final class TerminalSafeStream extends FilterOutputStream {

    private boolean afterC2;

    /** Filters what goes to {@code terminal}. */
    public TerminalSafeStream(OutputStream terminal) {
        super(terminal);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] safe = new byte[length + 1];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            int value = bytes[i] & 0xFF;
            if (afterC2) {
                afterC2 = false;
                if (value >= 0x80 && value <= 0x9F) {
                    safe[n++] = '?';
                    continue;
                }
                safe[n++] = (byte) 0xC2;
            }
            if (value == 0xC2) {
                afterC2 = true;
            } else if ((value < 0x20 && value != '\t' && value != '\n' && value != '\r') || value == 0x7F) {
                safe[n++] = '?';
            } else {
                safe[n++] = (byte) value;
            }
        }
        out.write(safe, 0, n);
    }
}
