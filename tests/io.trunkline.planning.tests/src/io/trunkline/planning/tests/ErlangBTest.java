package io.trunkline.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trunkline.planning.ErlangB;

/**
 * Erlang B against values published independently of this code, and against its defining properties.
 * Sources (domain-catalogue.md §4.4–4.5): [ERL-1] Westbay Erlang B calculator manual, "How much traffic can a
 * trunk group handle" (15 lines at 1 % carry 8.108 E); [OCTEL-B1] Lucent/Octel Unified Messenger Concepts &
 * Planning Guide 101-1620-005, Table B-1 "Maximum busy hour traffic supported for a GOS of P.01" (values
 * truncated, up to 0.02 E below the exact figure); exact fractions at A = 1 E from the formula's definition.
 */
class ErlangBTest {

    @Test
    void exactFractionsAtOneErlang() {
        assertEquals(1.0 / 2, ErlangB.blocking(1, 1), 1e-15);
        assertEquals(1.0 / 5, ErlangB.blocking(2, 1), 1e-15);
        assertEquals(1.0 / 16, ErlangB.blocking(3, 1), 1e-15);
        assertEquals(1.0 / 65, ErlangB.blocking(4, 1), 1e-15);
        assertEquals(1.0 / 326, ErlangB.blocking(5, 1), 1e-15);
    }

    @Test
    void noPortsBlockEveryCall() {
        assertEquals(1.0, ErlangB.blocking(0, 12.5));
    }

    @Test
    void fifteenLinesCarry8Point108ErlangsAtOnePercent() {
        // [ERL-1]: "the figure 8.108 will be displayed"
        assertEquals(8.108, ErlangB.maxTraffic(15, 0.01), 0.0005);
    }

    @Test
    void octelTableP01() {
        // [OCTEL-B1] Table B-1, lines → maximum busy-hour erlangs at P.01
        int[] lines = { 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 60, 72 };
        double[] published = { 0.86, 3.11, 5.86, 8.86, 12.03, 15.28, 18.64, 22.03, 25.50, 29.00, 46.94, 57.94 };
        for (int i = 0; i < lines.length; i++) {
            double exact = ErlangB.maxTraffic(lines[i], 0.01);
            assertTrue(exact >= published[i] - 0.001 && exact - published[i] <= 0.02,
                    lines[i] + " lines: published " + published[i] + ", computed " + exact);
        }
    }

    @Test
    void portsNeededForThirtyThreeErlangsAtOnePercentIs45() {
        // 1,200 calls/h of 100 s = 33.333 E → 45 lines (B(45) = 0.00965, B(44) = 0.01316), domain-catalogue.md §4.4
        assertEquals(45, ErlangB.portsFor(1200 / 36.0, 0.01));
        assertEquals(0.00965, ErlangB.blocking(45, 1200 / 36.0), 0.00001);
        assertEquals(0.01316, ErlangB.blocking(44, 1200 / 36.0), 0.00001);
    }

    @Test
    void portsFromTheRuleOfThumbComparisonTable() {
        // domain-catalogue.md §4.5, AHT 3 min, 1 % GoS: 20 light → 5, 100 moderate → 18, 47,000 heavy → 7,044
        assertEquals(5, ErlangB.portsFor(1.0, 0.01));
        assertEquals(18, ErlangB.portsFor(10.0, 0.01));
        assertEquals(7044, ErlangB.portsFor(7050.0, 0.01));
        assertEquals(6, ErlangB.portsFor(1.0, 0.001));
    }

    @Test
    void stableForTwentyThousandErlangsAndFiftyThousandPorts() {
        double b = ErlangB.blocking(50_000, 20_000);
        assertTrue(b >= 0 && b < 1e-300 || b == 0, "far more ports than traffic block almost nothing: " + b);
        int ports = ErlangB.portsFor(20_000, 0.01);
        // With 1 % lost, the group carries A(1 - B) = 19,800 E, so it needs at least that many ports but, with
        // economies of scale, not many more.
        assertTrue(ports >= 19_800 && ports < 20_100, "ports for 20,000 E: " + ports);
        assertTrue(ErlangB.blocking(ports, 20_000) <= 0.01);
        assertTrue(ErlangB.blocking(ports - 1, 20_000) > 0.01);
    }

    @Test
    void blockingFallsWithMorePortsAndRisesWithMoreTraffic() {
        Random random = new Random(20261125);
        for (int i = 0; i < 2_000; i++) {
            int n = random.nextInt(2_000);
            double a = random.nextDouble() * 1_500;
            double b = ErlangB.blocking(n, a);
            assertTrue(b >= 0 && b <= 1);
            assertTrue(ErlangB.blocking(n + 1, a) <= b, "monotonic in N at n=" + n + " a=" + a);
            assertTrue(ErlangB.blocking(n, a + 0.5) >= b, "monotonic in A at n=" + n + " a=" + a);
        }
    }

    @Test
    void portsForIsTheSmallestCountMeetingTheGrade() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            double a = random.nextDouble() * 800;
            double gos = 0.001 + random.nextDouble() * 0.1;
            int n = ErlangB.portsFor(a, gos);
            assertTrue(ErlangB.blocking(n, a) <= gos);
            assertTrue(n == 0 || ErlangB.blocking(n - 1, a) > gos);
        }
    }

    @Test
    void onePassSizingAgreesWithTheSeparateAnswers() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            double a = random.nextDouble() * 500;
            double gos = 0.001 + random.nextDouble() * 0.05;
            int drawn = random.nextInt(600);
            ErlangB.Sizing sizing = ErlangB.size(a, gos, drawn);
            assertEquals(ErlangB.portsFor(a, gos), sizing.portsNeeded(), "a=" + a);
            assertEquals(ErlangB.blocking(drawn, a), sizing.drawnBlocking(), 0.0, "a=" + a + " drawn=" + drawn);
        }
    }

    @Test
    void impossibleInputsAreRejectedWithAReason() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(3, -1));
        assertTrue(negative.getMessage().contains("non-negative"));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.portsFor(5, 0));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.portsFor(Double.NaN, 0.01));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(-1, 1));
    }

    @Test
    void aGatewayOfTwoBillionPortsIsAnsweredWithoutWalkingEveryPort() {
        ErlangB.Sizing sizing = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> ErlangB.size(10.0, 0.01, Integer.MAX_VALUE));
        assertTrue(sizing.computed());
        assertEquals(18, sizing.portsNeeded(), "10 E at 1 % (domain-catalogue.md §4.5)");
        assertEquals(0.0, sizing.drawnBlocking());
    }

    @Test
    void trafficNeedingMoreThanTheMostPortsTrunklineSizesIsNotComputed() {
        ErlangB.Sizing sizing = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ErlangB.size(1e15, 0.01, 24));
        assertFalse(sizing.computed());
        assertTrue(Double.isNaN(sizing.drawnBlocking()));
    }

    @Test
    void trafficJustWithinTheBoundIsStillComputed() {
        ErlangB.Sizing sizing = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ErlangB.size(99_000, 0.01, 0));
        assertTrue(sizing.computed());
        assertTrue(sizing.portsNeeded() > 99_000 * 0.99 && sizing.portsNeeded() <= ErlangB.MAX_PORTS, "" + sizing);
    }

    @Test
    void portsForBeyondTheBoundSaysSo() {
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class, () -> ErlangB.portsFor(2e6, 0.01));
        assertTrue(beyond.getMessage().contains("100,000 ports"), beyond.getMessage());
    }

    @Test
    void blockingOfMorePortsThanTheBoundIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(Integer.MAX_VALUE, 1e9));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.maxTraffic(Integer.MAX_VALUE, 0.01));
    }
}
