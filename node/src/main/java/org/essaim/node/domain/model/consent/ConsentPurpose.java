// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.consent;

/** What a person agreed to, each with the wording they were shown (versioned). */
public enum ConsentPurpose {
  /** A contributor agreed to be contacted about the dream they shared. */
  DREAM_CONTACT(
      "2026-01",
      "J'accepte que l'équipe du territoire me recontacte au sujet de mon rêve, de mon idée ou de"
          + " mon besoin. Mes coordonnées restent sur ce site, ne sont jamais publiées ni"
          + " partagées, et je peux demander leur effacement à tout moment."),
  /** A member of a project collective agreed that the team keeps their contact details. */
  COLLECTIVE_CONTACT(
      "2026-01",
      "J'accepte que l'équipe du territoire conserve mes coordonnées pour me contacter au sujet du"
          + " collectif du projet. Elles ne sont jamais publiées ni partagées, et je peux demander"
          + " leur effacement à tout moment.");

  private final String wordingVersion;
  private final String wording;

  ConsentPurpose(String wordingVersion, String wording) {
    this.wordingVersion = wordingVersion;
    this.wording = wording;
  }

  /** The version of the wording currently shown. */
  public String wordingVersion() {
    return wordingVersion;
  }

  /** The wording currently shown, in French. */
  public String wording() {
    return wording;
  }
}
