// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

/** The step of the method a sheet helps with: the four steps, then the transversal topics. */
public enum MethodStep {
  /** « Remontée des rêves ». */
  COLLECT_DREAMS,
  /** « Soirée d'idéation ». */
  IDEATE,
  /** « Sélection et rassemblement ». */
  SELECT_AND_GATHER,
  /** « Accompagnement ». */
  SUPPORT,
  /** « Équipe cœur ». */
  CORE_TEAM,
  /** « Partenaires ». */
  PARTNERS,
  /** « Événements ». */
  EVENTS,
  /** « Modèle économique ». */
  ECONOMIC_MODEL,
  /** « Mobilisation citoyenne ». */
  CITIZEN_MOBILISATION,
  /** « Impact ». */
  IMPACT
}
