package io.trunkline.resiliency;

import java.util.Set;

import io.trunkline.model.Element;

/**
 * One failure scenario as site evaluation sees it: which elements are down and which sites still reach each other.
 *
 * @param down  every element down (identity set), whole sites included
 * @param label component label per site index; the same label means reachable
 */
record Failures(Set<Element> down, int[] label) {

    boolean isDown(Element element) {
        return down.contains(element);
    }

    /** Whether sites {@code a} and {@code b} are both up and reach each other (-1: an element with no site). */
    boolean connected(int a, int b) {
        return a >= 0 && b >= 0 && label[a] >= 0 && label[a] == label[b] && !siteDown(a) && !siteDown(b);
    }

    boolean siteDown(int s) {
        return label[s] < 0;
    }
}
