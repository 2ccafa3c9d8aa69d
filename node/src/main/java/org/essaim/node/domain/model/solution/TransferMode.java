// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

/** How a solution is taken up elsewhere (domain notes §2.2 C). */
public enum TransferMode {
  /** The method is published (a fiche) and anyone may apply it. */
  OPEN_METHOD,
  /** The source team trains and follows the new carriers (e.g. makesense with the PNR). */
  ACCOMPANIED_TRANSFER,
  /** The source structure opens a local antenna (e.g. Villages Vivants « antennes »). */
  ANTENNA,
  /** A franchise or licence, with a brand and commitments. */
  FRANCHISE,
  /** A kit handed out through the network (e.g. ATIS « Kit premiers pas »). */
  NETWORK_KIT
}
