package io.trunkline.planning;

/**
 * A count with thousands separators, as {@code String.format(Locale.ROOT, "%,d", n)} writes it (3,000; -1,234),
 * for the texts made for every site of a worksheet, where String.format was a third of what making the rows cost
 * (issue 19).
 */
final class Thousands {

    private Thousands() {
    }

    /** {@code n} grouped by thousands with commas. */
    static String of(long n) {
        String digits = Long.toString(n);
        int first = n < 0 ? 1 : 0;
        int length = digits.length() - first;
        if (length <= 3) {
            return digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + length / 3).append(digits, 0, first);
        int lead = length % 3 == 0 ? 3 : length % 3;
        text.append(digits, first, first + lead);
        for (int i = first + lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }
}
