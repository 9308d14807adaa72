package io.trunkline.model.persistence;

/**
 * The largest topology file Trunkline opens, and the longest text it keeps. Beyond these a load fails with a
 * problem saying which limit was met and where, instead of running out of memory or writing worksheet cells no
 * spreadsheet can hold.
 */
public final class TopologyLimits {

    /**
     * Largest topology file, in bytes: 256 MiB. A generated 100,000-site topology (about 900,000 elements) is 127 MB,
     * far beyond any real Enterprise Voice plan, so this opens twice that while still refusing a file made to
     * exhaust memory before a byte of it is parsed.
     */
    public static final long MAX_TOPOLOGY_FILE_BYTES = 256L * 1024 * 1024;

    /** Most XML elements in one topology file: 2,000,000, room for some 200,000 sites of nine elements each. */
    public static final int MAX_TOPOLOGY_ELEMENTS = 2_000_000;

    /**
     * Largest imported document or inventory sheet, in bytes: 64 MiB. An imported Skype for Business topology
     * document or inventory describes one deployment's servers and sites, a fraction of a topology file's size.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Most XML elements or rows in one imported document or inventory: 500,000. */
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
