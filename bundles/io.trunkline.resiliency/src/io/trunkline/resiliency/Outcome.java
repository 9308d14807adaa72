package io.trunkline.resiliency;

/**
 * What a failure leaves of a service, from best to worst. Sites are {@link #SURVIVES}, {@link #DEGRADED} or
 * {@link #NO_SERVICE}; {@link #FAILED} marks only the elements that were failed (or went down with them).
 */
public enum Outcome {
    /** Everything works as before. */
    SURVIVES,
    /** It works, but after a failover, with fewer ports or gateways than needed, or for some users only. */
    DEGRADED,
    /** Nobody there can register, or nobody can place a PSTN call. */
    NO_SERVICE,
    /** The element itself is down. */
    FAILED;

    /** The worse of this and {@code other}. */
    public Outcome worst(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The outcome in words, for reports: "survives", "degraded", "no service", "failed". */
    public String words() {
        return switch (this) {
        case SURVIVES -> "survives";
        case DEGRADED -> "degraded";
        case NO_SERVICE -> "no service";
        case FAILED -> "failed";
        };
    }
}
