// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

/** The committees' criteria, as the national association words them (domain notes §1.3). */
public enum Criterion {
  /** « Une équipe cœur réunissant des énergies et des compétences variées ». */
  CORE_TEAM_DIVERSE(CommitteeKind.ELIGIBILITY),
  /** « Un rêve partagé pour le territoire ». */
  SHARED_DREAM(CommitteeKind.ELIGIBILITY),
  /** « Des ressources locales et de la disponibilité ». */
  LOCAL_RESOURCES(CommitteeKind.ELIGIBILITY),
  /** « Une équipe cœur formée et fédérée qui porte l'esprit et les valeurs ». */
  CORE_TEAM_TRAINED(CommitteeKind.LABELLING),
  /** « Une vision ambitieuse du territoire et un calendrier de développement ». */
  VISION_AND_CALENDAR(CommitteeKind.LABELLING),
  /** « Des ressources identifiées et mobilisées ». */
  RESOURCES_MOBILISED(CommitteeKind.LABELLING),
  /** « Un projet de modèle économique et de dispositif pour accompagner les solutions ». */
  ECONOMIC_MODEL_AND_SUPPORT(CommitteeKind.LABELLING);

  private final CommitteeKind committee;

  Criterion(CommitteeKind committee) {
    this.committee = committee;
  }

  public CommitteeKind committee() {
    return committee;
  }
}
