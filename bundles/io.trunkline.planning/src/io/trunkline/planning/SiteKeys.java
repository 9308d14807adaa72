package io.trunkline.planning;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.trunkline.model.Site;

/**
 * The sites of a topology numbered in model order, with gaps between the numbers: a site that comes takes a number
 * between its neighbours' and a site that goes leaves a gap, so neither renumbers the other sites (renumbering all
 * 5,000 was a third of adding or removing a branch site). Sums that must not depend on edit history add up their
 * terms in the order of these keys, which is model order.
 */
final class SiteKeys {

    private final Map<Site, Integer> keys = new IdentityHashMap<>();
    private int gap = 1;

    /** Numbers {@code sites}, in model order, afresh: half the {@code int} range between them, half left for appending. */
    void renumber(List<Site> sites) {
        keys.clear();
        gap = Math.max(1, Integer.MAX_VALUE / 2 / (sites.size() + 1));
        int key = 0;
        for (Site site : sites) {
            key += gap;
            keys.put(site, key);
        }
    }

    /** Whether {@code site} is numbered, i.e. was in the topology at the last renumbering or insertion. */
    boolean contains(Site site) {
        return keys.containsKey(site);
    }

    /** The key of a numbered site. */
    int of(Site site) {
        return keys.get(site);
    }

    /** How many sites are numbered. */
    int size() {
        return keys.size();
    }

    /** Forgets a site that went; no other site's key changes. */
    void remove(Site site) {
        keys.remove(site);
    }

    /**
     * Numbers {@code site} between the numbered sites {@code previous} and {@code next} ({@code null}: the start or
     * the end of the topology); returns {@code false}, numbering nothing, when no number is free between them.
     */
    boolean insert(Site site, Site previous, Site next) {
        long low = previous == null ? 0 : of(previous);
        long high = next == null ? Math.min(Integer.MAX_VALUE, low + 2L * gap) : of(next);
        long key = (low + high) / 2;
        if (key <= low || key >= high) {
            return false;
        }
        keys.put(site, (int) key);
        return true;
    }

    /** Orders numbered sites as the model does. */
    Comparator<Site> inModelOrder() {
        return Comparator.comparingInt(this::of);
    }
}
