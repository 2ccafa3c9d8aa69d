// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

/**
 * A dream that resembles a text, for the team clustering dreams into défis.
 *
 * @param dream the dream
 * @param score how much it resembles: trigram similarity (0 to 1) plus French full-text rank; only
 *     comparable within one answer
 */
public record SimilarDream(Dream dream, double score) {}
