// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

/**
 * One value of a facet with the number of results that have it.
 *
 * @param value what to pass back as a filter
 * @param label what to show (French label of a taxonomy key, a territory's name), or null when the
 *     value reads as it is
 * @param count results with this value
 */
public record FacetValueDocument(String value, String label, long count) {}
