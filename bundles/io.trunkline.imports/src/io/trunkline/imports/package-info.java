/**
 * Turns what already exists (a Skype for Business topology document, a Topology Builder document, a site
 * inventory) into a Trunkline topology, reporting what it created, skipped and could not map.
 */
package io.trunkline.imports;
