package io.trunkline.model.persistence;

/**
 * The largest topology file Trunkline opens, and the longest text it keeps. Beyond these a load fails with a
 * problem saying which limit was met and where, instead of running out of memory or writing worksheet cells no
 * spreadsheet can hold.
 */
public final class TopologyLimits {

    /**
     * Largest file, in bytes: 64 MiB. A generated 20,000-site topology (181,000 elements) is 25 MB, so this leaves
     * room for some 50,000 sites while a load stays well inside the 2 GB the launcher gives the JVM.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Most XML elements in one file: 500,000, about 50,000 sites of ten elements each. */
    public static final int MAX_ELEMENTS = 500_000;

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
