package io.trunkline.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Results listed in model order as blocks, one per site (its sizing, or its pools' loads, or its SBAs' checks),
 * the blocks in the order of their sites' {@link SiteKeys keys}. One site's block is found by binary search and
 * replaced alone, so a site that comes or goes moves no other result (relisting all 5,000 sites' results was over
 * half of adding or removing a branch site).
 *
 * @param <T> the kind of result
 */
final class SiteOrderedList<T> {

    private final List<T> items = new ArrayList<>();
    private final List<T> view = Collections.unmodifiableList(items);
    private int[] keys = new int[16]; // of the site whose block holds each item, ascending

    /** The results in model order, a read-only view that later changes show through. */
    List<T> view() {
        return view;
    }

    void clear() {
        items.clear();
    }

    /** The block of the site with {@code key} (empty if none), a copy. */
    List<T> block(int key) {
        return new ArrayList<>(items.subList(from(key), to(key)));
    }

    /**
     * Puts {@code block} in place of the block of the site with {@code key} (an empty block takes it out); a key
     * above every key listed appends it.
     */
    void replace(int key, List<? extends T> block) {
        int from = from(key);
        int to = to(key);
        int grows = block.size() - (to - from);
        if (grows == 0) {
            for (int i = 0; i < block.size(); i++) {
                items.set(from + i, block.get(i));
            }
            return;
        }
        int size = items.size();
        if (size + grows > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(2 * keys.length, size + grows));
        }
        System.arraycopy(keys, to, keys, to + grows, size - to);
        Arrays.fill(keys, from, from + block.size(), key);
        items.subList(from, to).clear();
        items.addAll(from, block);
    }

    /** The first position whose key is at least {@code key}. */
    private int from(int key) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first position whose key is above {@code key}. */
    private int to(int key) {
        int low = from(key);
        while (low < items.size() && keys[low] == key) {
            low++;
        }
        return low;
    }
}
