package io.trunkline.planning;

import io.trunkline.model.Element;

/** How the planning figures' reasoning names an element: its name, or its id when it has none. */
final class ElementNames {

    private ElementNames() {
    }

    static String of(Element element) {
        return element.getName() != null && !element.getName().isBlank() ? element.getName() : element.getId();
    }
}
