package io.trunkline.planning;

/**
 * Erlang's loss formula B(N, A) = (A^N / N!) / Σ_{k=0..N} A^k / k! [ErlangB] (domain.md §3,
 * domain-catalogue.md §4.3), computed with the recurrence B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which
 * stays within [0, 1] and needs no factorials, so it is exact to double precision for tens of thousands of ports.
 */
public final class ErlangB {

    private ErlangB() {
    }

    /** Probability that a call is blocked when {@code erlangs} of traffic are offered to {@code ports} ports. */
    public static double blocking(int ports, double erlangs) {
        requireTraffic(erlangs);
        if (ports < 0) {
            throw new IllegalArgumentException("ports must not be negative: " + ports);
        }
        double b = 1.0;
        for (int n = 1; n <= ports; n++) {
            b = erlangs * b / (n + erlangs * b);
        }
        return b;
    }

    /** The smallest number of ports whose blocking for {@code erlangs} is at most {@code gradeOfService}. */
    public static int portsFor(double erlangs, double gradeOfService) {
        requireTraffic(erlangs);
        requireGradeOfService(gradeOfService);
        double b = 1.0;
        int n = 0;
        while (b > gradeOfService) {
            n++;
            b = erlangs * b / (n + erlangs * b);
        }
        return n;
    }

    /**
     * Both answers a worksheet shows for one site in a single walk of the recurrence: the ports needed for
     * {@code gradeOfService} and the blocking of the {@code drawn} ports. The walk is the same prefix for both,
     * and sizing does this for thousands of sites on every edit.
     */
    public static Sizing size(double erlangs, double gradeOfService, int drawn) {
        requireTraffic(erlangs);
        requireGradeOfService(gradeOfService);
        double b = 1.0;
        int needed = b <= gradeOfService ? 0 : -1;
        double drawnBlocking = drawn <= 0 ? 1.0 : Double.NaN;
        for (int n = 1; needed < 0 || n <= drawn; n++) {
            b = erlangs * b / (n + erlangs * b);
            if (needed < 0 && b <= gradeOfService) {
                needed = n;
            }
            if (n == drawn) {
                drawnBlocking = b;
            }
        }
        return new Sizing(needed, drawnBlocking);
    }

    /**
     * Result of {@link #size}.
     *
     * @param portsNeeded   smallest port count meeting the grade of service
     * @param drawnBlocking blocking of the drawn ports
     */
    public record Sizing(int portsNeeded, double drawnBlocking) {
    }

    /** The most traffic (erlangs) {@code ports} ports carry at {@code gradeOfService}, found by bisection. */
    public static double maxTraffic(int ports, double gradeOfService) {
        requireGradeOfService(gradeOfService);
        if (ports <= 0) {
            return 0;
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
