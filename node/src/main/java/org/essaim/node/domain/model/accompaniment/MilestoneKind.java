// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.accompaniment;

/** The deliverables an accompaniment usually goes through. */
public enum MilestoneKind {
  /** Feuille de route. */
  ROADMAP,
  /** Pitch. */
  PITCH,
  /** Note d'intention. */
  LETTER_OF_INTENT,
  /** Étude de marché. */
  MARKET_STUDY,
  /** Modèle économique. */
  BUSINESS_MODEL,
  /** Gouvernance. */
  GOVERNANCE,
  /** Mesure d'impact. */
  IMPACT_MEASUREMENT,
  OTHER
}
