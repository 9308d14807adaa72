package io.trunkline.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.SiteVerdict;

/** The verdict sentence of a site, which every worksheet row of a site shows, counts grouped by thousands. */
class VerdictTextTest {

    @Test
    void aSiteWithoutPstnConnectivityCountsItsUsersByThousands() {
        assertEquals("no PSTN connectivity for 1,234,567 users", sizing(1_234_567, SiteVerdict.NO_PSTN_CONNECTIVITY).verdictText());
    }

    @Test
    void aCountOfThreeDigitsHasNoSeparator() {
        assertEquals("no PSTN connectivity for 999 users", sizing(999, SiteVerdict.NO_PSTN_CONNECTIVITY).verdictText());
    }

    @Test
    void aShortSiteNamesWhatIsDrawnNeededAndShortAndTheGateways() {
        SiteSizing short12345 = new SiteSizing(null, 90_000, 0, 12_345, 0, 0.01, 1_000, 2, 13, Double.NaN, false,
                Optional.empty(), SiteVerdict.SHORT_OF_PORTS, Map.of(), 180, List.of());
        assertEquals("short of ports: 1,000 drawn, 12,345 needed by the rule of thumb (11,345 short); "
                + "too few gateways: 2 drawn, 13 needed", short12345.verdictText());
    }

    @Test
    void blockingAboveTheGradeOfServiceNamesErlangBsPorts() {
        SiteSizing blocked = new SiteSizing(null, 20_000, 1_500, 1_000, 1_530, 0.01, 1_000, 2, 2, 0.0154, true,
                Optional.empty(), SiteVerdict.COVERED, Map.of(), 180, List.of());
        assertEquals("covered by the rule of thumb; but blocking 1.54 % is above 1.00 %: Erlang B needs 1,530 ports",
                blocked.verdictText());
    }

    @Test
    void everyUserCountReadsAsStringFormatWroteIt() {
        Random random = new Random(19);
        for (int i = 0; i < 10_000; i++) {
            long users = (long) Math.pow(10, 13 * random.nextDouble());
            assertEquals(String.format(Locale.ROOT, "no PSTN connectivity for %,d users", users),
                    sizing(users, SiteVerdict.NO_PSTN_CONNECTIVITY).verdictText());
        }
    }

    private static SiteSizing sizing(long users, SiteVerdict verdict) {
        return new SiteSizing(null, users, 0, 0, 0, 0.01, 0, 0, 0, Double.NaN, false, Optional.empty(), verdict,
                Map.of(), 180, List.of());
    }
}
