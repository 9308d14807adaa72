package io.trunkline.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trunkline.planning.Percent;

/**
 * Percentages as a planner reads them. Percent formats by hand what {@code String.format("%.3g %%")} wrote before
 * (issue 19); the worksheets must keep their characters, so that format is the reference here.
 */
class PercentTest {

    @Test
    void showsThreeSignificantDigits() {
        assertEquals("1.54 %", Percent.of(0.0154));
        assertEquals("0.917 %", Percent.of(0.00917));
        assertEquals("0.0100 %", Percent.of(0.0001));
        assertEquals("1.00 %", Percent.of(0.01));
        assertEquals("100 %", Percent.of(1));
    }

    @Test
    void aValueRoundedUpToTheNextPowerOfTenKeepsThreeDigits() {
        assertEquals("10.0 %", Percent.of(0.099996));
        assertEquals("0.100 %", Percent.of(0.00099996));
    }

    @Test
    void belowOneHundredthOfAPercentSaysSo() {
        assertEquals("< 0.01 %", Percent.of(6e-155));
    }

    @Test
    void notANumberIsNotComputed() {
        assertEquals("not computed", Percent.of(Double.NaN));
    }

    @Test
    void everyProbabilityReadsAsStringFormatWroteIt() {
        Random random = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            // Spread over the magnitudes shown, 1e-4 to 1 and a little beyond.
            double fraction = Math.pow(10, -4 + 4.1 * random.nextDouble());
            assertEquals(reference(fraction), Percent.of(fraction), () -> "fraction " + fraction);
        }
    }

    @Test
    void tiesInTheLastDigitRoundAsStringFormatRoundsThem() {
        // Halves in the decimal a double prints, which the double itself may hold a hair below or above.
        for (int digits = 100; digits < 1000; digits++) {
            for (double scale : new double[] { 1e-6, 1e-5, 1e-4, 1e-3, 1e-2 }) {
                double fraction = (digits + 0.5) * scale;
                if (fraction >= 0.0001) {
                    assertEquals(reference(fraction), Percent.of(fraction), () -> "fraction " + fraction);
                }
            }
        }
    }

    private static String reference(double fraction) {
        return String.format(Locale.ROOT, "%.3g %%", fraction * 100);
    }
}
