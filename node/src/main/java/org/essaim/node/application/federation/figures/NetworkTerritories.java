// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

/**
 * The territories of the network and their label status, for the « N territoires dont … » figures.
 * On an aggregator, the registry of territories says it; otherwise the label status in the actor
 * documents of the territories this node follows (and its own, on a territory node).
 */
public interface NetworkTerritories {

  TerritoryTally tally();
}
