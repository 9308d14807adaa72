package io.trunkline.planning;

import java.util.Locale;

/**
 * A probability as a percentage a planner reads: three significant digits ({@code 1.54 %}, {@code 0.917 %}), and
 * {@code < 0.01 %} below that, where Erlang B of generously drawn ports falls to values such as 6e-155 that say
 * nothing more than "practically never".
 */
public final class Percent {

    private static final double SMALLEST_SHOWN = 0.0001;

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
        return String.format(Locale.ROOT, "%.3g %%", fraction * 100);
    }
}
