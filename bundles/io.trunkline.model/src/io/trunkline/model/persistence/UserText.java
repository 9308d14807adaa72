package io.trunkline.model.persistence;

import java.util.Locale;

/**
 * Text from a topology file made safe to show: control characters written as {@code U+001B}, and long values
 * clipped, so a hostile or binary file cannot drive a terminal or flood a message.
 */
public final class UserText {

    private static final int SHOWN = 80;

    private UserText() {
    }

    /**
     * {@code value} with every control character (C0, DEL and C1) written as {@code U+XXXX} and
     * clipped to 80 characters, saying how long it was.
     */
    public static String printable(String value) {
        return printable(value, SHOWN);
    }

    /** {@code value} with control characters written as {@code U+XXXX}, clipped to {@code shownAtMost} characters. */
    public static String printable(String value, int shownAtMost) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), shownAtMost) + 16);
        for (int i = 0; i < value.length() && i < shownAtMost; i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                text.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        if (value.length() > shownAtMost) {
            text.append(String.format(Locale.ROOT, "… (%,d characters)", value.length()));
        }
        return text.toString();
    }

    /** The first control character in {@code value} other than tab, line feed and carriage return, or -1. */
    public static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }
}
