package io.trunkline.planning;

import java.util.Locale;

/**
 * A probability as a percentage a planner reads: three significant digits ({@code 1.54 %}, {@code 0.917 %}), and
 * {@code < 0.01 %} below that, where Erlang B of generously drawn ports falls to values such as 6e-155 that say
 * nothing more than "practically never".
 */
public final class Percent {

    private static final double SMALLEST_SHOWN = 0.0001;
    /**
     * How close to a half the dropped part of a number may come before the rounding is left to {@code String.format}:
     * the double's error is some 1e-13 here, so only a true tie in the shortest decimal (0.01235) is that close.
     */
    private static final double TIE = 1e-6;

    private Percent() {
    }

    /** {@code fraction} (0.0154) as a percentage ({@code 1.54 %}); NaN as "not computed". */
    public static String of(double fraction) {
        if (Double.isNaN(fraction)) {
            return "not computed";
        }
        if (fraction < SMALLEST_SHOWN) {
            return "< 0.01 %";
        }
        double percent = fraction * 100;
        // By hand the same characters as "%.3g": String.format was a third of what making a large export's rows
        // cost (issue 19), and every site's verdict shows two percentages.
        String digits = threeSignificantDigits(percent);
        return (digits != null ? digits : String.format(Locale.ROOT, "%.3g", percent)) + " %";
    }

    /**
     * {@code value} (0.01 or more) to three significant digits in plain notation, rounded half up, as {@code %.3g}
     * shows it (0.0100, 0.917, 1.54, 10.0, 100); null when it needs an exponent (1,000 or more) or when its dropped
     * part is too close to a half to round it in doubles as {@code %.3g} rounds the shortest decimal.
     */
    private static String threeSignificantDigits(double value) {
        if (!(value < 1000)) {
            return null;
        }
        int decimals = value < 0.1 ? 4 : value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0;
        long units = rounded(value, decimals);
        if (units >= 1000) {
            // Rounded up to the next power of ten (9.996 to 10.0): one decimal fewer keeps three digits.
            decimals--;
            units = decimals < 0 ? -1 : rounded(value, decimals);
        }
        if (units < 0 || units >= 1000) {
            return null;
        }
        long scale = (long) Math.pow(10, decimals);
        StringBuilder text = new StringBuilder(8).append(units / scale);
        if (decimals > 0) {
            String fraction = Long.toString(units % scale + scale);
            text.append('.').append(fraction, 1, fraction.length());
        }
        return text.toString();
    }

    /** {@code value} in units of 10^-{@code decimals}, rounded half up; -1 when too close to a tie to tell. */
    private static long rounded(double value, int decimals) {
        double scaled = value * Math.pow(10, decimals);
        double dropped = scaled - Math.floor(scaled);
        return Math.abs(dropped - 0.5) < TIE ? -1 : (long) Math.floor(scaled + 0.5);
    }
}
