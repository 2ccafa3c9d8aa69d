// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

/** How a « remontée des rêves » collects dreams (domain notes §1.2 step 1, §2.2 B). */
public enum DreamCollectionFormat {
  /** « Atelier ». */
  WORKSHOP("Atelier"),
  /** « Stand » on a market, a fair, a festival. */
  STAND("Stand"),
  /** « Soirée des idées ». */
  IDEAS_EVENING("Soirée des idées"),
  /** « Spectacle interactif ». */
  INTERACTIVE_SHOW("Spectacle interactif"),
  /** « Formulaire en ligne ». */
  ONLINE_FORM("Formulaire en ligne"),
  /** « École »: a session with pupils. */
  SCHOOL("École");

  private final String label;

  DreamCollectionFormat(String label) {
    this.label = label;
  }

  /** The French label. */
  public String label() {
    return label;
  }
}
