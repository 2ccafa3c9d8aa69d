// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

/**
 * The kinds of event a territory node runs locally (domain notes §2.2 C). The network's own events
 * (eligibility and label committees, promo seminars, board meetings…) belong to the national node
 * and are not listed here.
 */
public enum EventType {
  /** « Remontée des rêves »: a dream-collection session, often one per theme. */
  DREAM_COLLECTION("Remontée des rêves"),
  /** « Soirée des idées » (Luxembourg). */
  IDEAS_EVENING("Soirée des idées"),
  /** « Soirée d'idéation / de créativité », step 2 of the method: défis worked at tables. */
  IDEATION_EVENING("Soirée d'idéation"),
  /** « Après-midi de créativité » (Luxembourg). */
  CREATIVITY_AFTERNOON("Après-midi de créativité"),
  /** « Forum des solutions », « marché des solutions locales », « village des solutions ». */
  SOLUTIONS_FORUM("Forum des solutions"),
  /** « Forum de l'engagement ». */
  ENGAGEMENT_FORUM("Forum de l'engagement"),
  /** A session of the circle of trusted partners. */
  PARTNER_CIRCLE("Cercle des partenaires"),
  /** « Spectacle interactif », e.g. « 1972 » in Bischheim. */
  INTERACTIVE_SHOW("Spectacle interactif"),
  /** « Atelier ». */
  WORKSHOP("Atelier"),
  /** « Colloque », conference. */
  CONFERENCE("Conférence"),
  /** « Rencontre inter-territoires », « participations croisées ». */
  INTER_TERRITORY_MEETING("Rencontre inter-territoires"),
  /** « Agora » (Miramas). */
  AGORA("Agora"),
  /** The launch of the dynamic or of a campaign. */
  LAUNCH("Lancement");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The French label. */
  public String label() {
    return label;
  }
}
