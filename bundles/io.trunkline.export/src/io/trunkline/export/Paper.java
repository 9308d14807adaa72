package io.trunkline.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The paper of the user's locale (see {@link #of(Map, Locale)}) in this process's environment. */
    public static Paper ofDefaultLocale() {
        return of(System.getenv(), Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * The paper of the user's locale: on POSIX systems that of the first of {@code LC_ALL}, {@code LC_PAPER} and
     * {@code LANG} that is set, the order in which setlocale(3) picks the paper category. Java does not expose that
     * category and falls back to en_US for a locale that is not installed, so the territory is read from the name
     * itself ({@code de_DE.UTF-8} is Germany; {@code C} and {@code POSIX} have none, and glibc's C locale prints on
     * A4). Without any of them, the country of {@code fallback}.
     */
    public static Paper of(Map<String, String> environment, Locale fallback) {
        for (String variable : List.of("LC_ALL", "LC_PAPER", "LANG")) {
            String name = environment.get(variable);
            if (name != null && !name.isEmpty()) {
                // language[_territory][.codeset][@modifier]
                String territory = name.replaceFirst("[.@].*$", "").replaceFirst("^[^_]*_?", "");
                return forLocale(new Locale("", territory.toUpperCase(Locale.ROOT)));
            }
        }
        return forLocale(fallback);
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
