// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

/**
 * How many results have one value of a facet.
 *
 * @param value the value (a taxonomy key, a territory actor, a region name, {@code true}…)
 * @param label what to show for it when the value is not readable itself (a territory's name), else
 *     null
 * @param count results with it
 */
public record FacetCount(String value, String label, long count) {}
