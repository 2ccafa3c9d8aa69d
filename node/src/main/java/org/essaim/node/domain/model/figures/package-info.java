// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Key figures (« chiffres clés ») of the territory: counts computed from the node's records, the
 * only form in which dreams and other local-only records may leave it (domain notes §2.5,
 * "aggregate only"). Counts over small groups are suppressed ({@link SmallCountSuppression}) so
 * that a figure never points at a handful of people.
 */
package org.essaim.node.domain.model.figures;
