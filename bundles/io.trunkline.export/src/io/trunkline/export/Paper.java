package io.trunkline.export;

import java.util.Locale;
import java.util.Set;

/** The paper the workbook's sheets and the HTML report are laid out for. */
public enum Paper {
    /** ISO 216 A4, 210 × 297 mm: the world's default. */
    A4,
    /** US Letter, 8.5 × 11 in. */
    LETTER;

    /**
     * The territories whose default paper is US Letter, from the Unicode CLDR (supplementalData.xml,
     * measurementData: {@code paperSize type="US-Letter"}); every other territory, and a locale without one, uses A4.
     */
    private static final Set<String> LETTER_TERRITORIES = Set.of("BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA",
            "PH", "PR", "SV", "US", "VE");

    /** The paper a planner in {@code locale} has in the printer. */
    public static Paper forLocale(Locale locale) {
        return LETTER_TERRITORIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** The paper of the user's formatting locale. */
    public static Paper ofDefaultLocale() {
        return forLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Parses {@code a4} or {@code letter} (any case). */
    public static Paper parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
        case "a4" -> A4;
        case "letter" -> LETTER;
        default -> throw new IllegalArgumentException("unknown paper '" + name.trim() + "'; use a4 or letter");
        };
    }
}
