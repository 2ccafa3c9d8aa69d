// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The network's key figures: the history of the figures followed territories publish ({@link
 * org.essaim.node.application.federation.figures.KeyFiguresSnapshots}, from their copies), and the
 * network totals, per-territory breakdown and history drawn from it ({@link
 * org.essaim.node.application.federation.figures.NetworkFigures}).
 */
package org.essaim.node.application.federation.figures;
