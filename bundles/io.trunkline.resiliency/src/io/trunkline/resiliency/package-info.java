/**
 * What still works when elements fail: registration and PSTN reach per site for a set of failed elements,
 * and the N-1 sweep that finds single points of failure.
 */
package io.trunkline.resiliency;
