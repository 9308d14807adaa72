package io.trunkline.planning;

import java.util.Locale;

/**
 * Erlang's loss formula B(N, A) = (A^N / N!) / Σ_{k=0..N} A^k / k! [ErlangB] (domain.md §3,
 * domain-catalogue.md §4.3), computed with the recurrence B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which
 * stays within [0, 1] and needs no factorials, so it is exact to double precision for tens of thousands of ports.
 */
public final class ErlangB {

    /**
     * The most ports Trunkline computes Erlang B for. Not a published figure but Trunkline's own bound, so that a
     * mistyped user count or holding time cannot make sizing walk the recurrence for ever: ten times the largest
     * worked example of the guidance (47,000 heavy users, 9,400 ports "allocated among at least 10 large
     * gateways" [EVT], domain.md §3), over a hundred 960-port gateways [DS] at one site. The recurrence stays
     * exact to double precision far beyond it; one walk to the bound takes well under a millisecond.
     */
    public static final int MAX_PORTS = 100_000;

    private ErlangB() {
    }

    /**
     * Probability that a call is blocked when {@code erlangs} of traffic are offered to {@code ports} ports, for
     * at most {@link #MAX_PORTS} ports.
     */
    public static double blocking(int ports, double erlangs) {
        requireTraffic(erlangs);
        if (ports < 0 || ports > MAX_PORTS) {
            throw new IllegalArgumentException("ports must lie between 0 and " + MAX_PORTS + ": " + ports);
        }
        double b = 1.0;
        // B(n) only falls once it has reached 0 in double precision; further steps cannot change it.
        for (int n = 1; n <= ports && b > 0; n++) {
            b = erlangs * b / (n + erlangs * b);
        }
        return b;
    }

    /**
     * The smallest number of ports whose blocking for {@code erlangs} is at most {@code gradeOfService}; refused
     * when more than {@link #MAX_PORTS} would be needed.
     */
    public static int portsFor(double erlangs, double gradeOfService) {
        Sizing sizing = size(erlangs, gradeOfService, 0);
        if (!sizing.computed()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%.1f E need more than %,d ports, the most Trunkline sizes with Erlang B", erlangs, MAX_PORTS));
        }
        return sizing.portsNeeded();
    }

    /**
     * Both answers a worksheet shows for one site in a single walk of the recurrence: the ports needed for
     * {@code gradeOfService} and the blocking of the {@code drawn} ports. The walk is the same prefix for both,
     * and sizing does this for thousands of sites on every edit. When more than {@link #MAX_PORTS} ports would be
     * needed the walk stops there and the result is not {@linkplain Sizing#computed() computed}; any number of
     * drawn ports is answered, since blocking reaches 0 in double precision a few thousand ports past the need.
     */
    public static Sizing size(double erlangs, double gradeOfService, int drawn) {
        requireTraffic(erlangs);
        requireGradeOfService(gradeOfService);
        double b = 1.0;
        int needed = b <= gradeOfService ? 0 : -1;
        double drawnBlocking = drawn <= 0 ? 1.0 : Double.NaN;
        for (int n = 1; needed < 0 || n <= drawn; n++) {
            if (needed < 0 && n > MAX_PORTS) {
                return new Sizing(0, Double.NaN, false);
            }
            b = erlangs * b / (n + erlangs * b);
            if (needed < 0 && b <= gradeOfService) {
                needed = n;
            }
            if (n == drawn || needed >= 0 && b == 0) {
                drawnBlocking = b;
                if (b == 0) {
                    break;
                }
            }
        }
        return new Sizing(needed, drawnBlocking, true);
    }

    /**
     * Result of {@link #size}.
     *
     * @param portsNeeded   smallest port count meeting the grade of service (0 when not computed)
     * @param drawnBlocking blocking of the drawn ports (NaN when not computed)
     * @param computed      false when more than {@link ErlangB#MAX_PORTS} ports would be needed
     */
    public record Sizing(int portsNeeded, double drawnBlocking, boolean computed) {
    }

    /**
     * The most traffic (erlangs) {@code ports} ports carry at {@code gradeOfService}, found by bisection, for at
     * most {@link #MAX_PORTS} ports.
     */
    public static double maxTraffic(int ports, double gradeOfService) {
        requireGradeOfService(gradeOfService);
        if (ports <= 0) {
            return 0;
        }
        if (ports > MAX_PORTS) {
            throw new IllegalArgumentException("ports must lie between 0 and " + MAX_PORTS + ": " + ports);
        }
        double low = 0;
        double high = ports * 2.0 + 10;
        for (int i = 0; i < 100 && high - low > 1e-9; i++) {
            double mid = (low + high) / 2;
            if (blocking(ports, mid) <= gradeOfService) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void requireTraffic(double erlangs) {
        if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("offered traffic must be a finite, non-negative number of erlangs: "
                    + erlangs);
        }
    }

    private static void requireGradeOfService(double gradeOfService) {
        if (!(gradeOfService > 0 && gradeOfService < 1)) {
            throw new IllegalArgumentException("grade of service must lie strictly between 0 and 1: " + gradeOfService);
        }
    }
}
