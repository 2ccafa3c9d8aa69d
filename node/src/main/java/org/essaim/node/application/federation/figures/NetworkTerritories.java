// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.figures;

/**
 * The territories of the network and their label status, for the « N territoires dont … » figures.
 * The default implementation reads the label status in the actor documents of the territories this
 * node follows (and its own, on a territory node); the aggregator's registry of territories may
 * replace it ({@code @Alternative @Priority}).
 */
public interface NetworkTerritories {

  TerritoryTally tally();
}
