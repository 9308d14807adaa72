package io.trunkline.model.persistence;

/**
 * The largest topology file Trunkline opens, and the longest text it keeps. Beyond these a load fails with a
 * problem saying which limit was met and where, instead of running out of memory or writing worksheet cells no
 * spreadsheet can hold.
 */
public final class TopologyLimits {

    /**
     * Largest topology file, in bytes: 128 MiB. A generated 100,000-site topology (905,001 elements) is 133,167,257
     * bytes, the largest plan measured: the command line's 800 MB heap exports it at 923,132 KiB peak resident (issue
     * 18, item 4; docs/benchmarks.md, "Export at scale"). Its heap peaks while validation runs beside the failure sweep.
     */
    public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

    /** Most XML elements in one topology file: 920,000, a 100,000-site plan of about nine elements a site. */
    public static final int MAX_ELEMENTS = 920_000;

    /**
     * Largest document an import reads, in bytes: 64 MiB. An import's document is read whole and parsed into a
     * tree before any element is made, so it costs more memory per byte than a topology file.
     */
    public static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;

    /** Most XML elements (or table rows) an import reads: 500,000. */
    public static final int MAX_IMPORT_ELEMENTS = 500_000;

    /**
     * Longest name, id, FQDN, address or other one-line value: 256 characters. A DNS name has at most 253
     * characters (RFC 1035 §2.3.4, RFC 1123 §2.1), and no planner reads a longer name in a worksheet column.
     */
    public static final int MAX_NAME_LENGTH = 256;

    /**
     * Longest description, suppression reason or voice route number pattern: 32,767 characters, the most text an
     * Excel cell holds (Excel specifications and limits). A reason is prose, and a route's pattern often lists many
     * number ranges, so neither fits the one-line limit.
     */
    public static final int MAX_DESCRIPTION_LENGTH = 32_767;

    private TopologyLimits() {
    }

    /** The longest value {@code attribute} may hold. */
    public static int maxLength(String attribute) {
        return switch (attribute) {
        case "description", "reason", "numberPattern" -> MAX_DESCRIPTION_LENGTH;
        default -> MAX_NAME_LENGTH;
        };
    }
}
