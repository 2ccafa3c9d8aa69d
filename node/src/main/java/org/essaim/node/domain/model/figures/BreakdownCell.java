// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.figures;

/**
 * One group of a breakdown, such as the dreams of the theme « se nourrir ».
 *
 * @param key the group's key (a taxonomy key, a stage)
 */
public record BreakdownCell(String key, Count count) {}
