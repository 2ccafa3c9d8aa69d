// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

/** How a promo module is held (domain notes §1.3). */
public enum ModuleFormat {
  /** « Séminaire d'intégration - 2 jours en présentiel ». */
  IN_PERSON_2D,
  /** « 1 journée sur l'animation de la créativité - 1 jour en présentiel ». */
  IN_PERSON_1D,
  /** « Ateliers d'approfondissement - 3 h en visio ». */
  VISIO_3H,
  /** A 2-hour online workshop (« premiers pas pour se lancer »). */
  VISIO_2H
}
