package io.trunkline.resiliency;

/**
 * The one resiliency figure the planning bundle does not hold (its sizing needs none): kept here with its source.
 */
final class ResiliencyFigures {

    /**
     * Failover detection interval of a backup Registrar pool for a central site's users, 300 s by default [EVR]
     * (domain-catalogue.md §1.2, FrontEndPool.backupRegistrarPool; Registrar role "failoverSeconds (300 central;
     * SBA/SBS 120)"). An SBA/SBS carries its own interval in the model (default 120 s [EVR, TBH-SBA]).
     */
    static final int CENTRAL_FAILOVER_SECONDS = 300;

    private ResiliencyFigures() {
    }
}
