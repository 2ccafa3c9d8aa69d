// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

/**
 * IRIs of Essaim's extension vocabulary (namespace {@value #NS}, context {@code
 * https://essaim.org/ns/v1}, bundled in this jar and documented in docs/federation.md).
 */
public final class Essaim {
  private Essaim() {}

  public static final String NS = "https://essaim.org/ns#";

  // Types.
  public static final String TERRITORY = NS + "Territory";
  public static final String PROJECT = NS + "Project";
  public static final String CHALLENGE = NS + "Challenge";
  public static final String METHOD_SHEET = NS + "MethodSheet";
  public static final String TRANSFERABLE_SOLUTION = NS + "TransferableSolution";
  public static final String REPLICATION = NS + "Replication";
  public static final String SIMILAR_PROJECT_LINK = NS + "SimilarProjectLink";
  public static final String KEY_FIGURES = NS + "KeyFigures";
  public static final String LABEL_ATTESTATION = NS + "LabelAttestation";
  public static final String PROMO = NS + "Promo";
  public static final String SPONSORSHIP = NS + "Sponsorship";
  public static final String PERIMETER_AREA = NS + "PerimeterArea";

  // Properties.
  public static final String TERRITORY_PROPERTY = NS + "territory";
  public static final String LOCAL_BRAND_NAME = NS + "localBrandName";
  public static final String COUNTRY = NS + "country";
  public static final String TIME_ZONE = NS + "timeZone";
  public static final String PERIMETER = NS + "perimeter";
  public static final String LEVEL = NS + "level";
  public static final String CODE = NS + "code";
  public static final String CARRIER_ORGANIZATION = NS + "carrierOrganization";
  public static final String LABEL_STATUS = NS + "labelStatus";
  public static final String LABEL_DATE = NS + "labelDate";
  public static final String PUBLIC_CONTACT = NS + "publicContact";
  public static final String THEME = NS + "theme";
  public static final String SUPPORT_MODE = NS + "supportMode";
  public static final String STAGE = NS + "stage";
  public static final String STATUS = NS + "status";
  public static final String PROJECT_ORIGIN = NS + "projectOrigin";
  public static final String LEGAL_FORM = NS + "legalForm";
  public static final String PARTNER = NS + "partner";
  public static final String ANSWERS_CHALLENGE = NS + "answersChallenge";
  public static final String TRANSFERABLE = NS + "transferable";
  public static final String PEPITE = NS + "pepite";

  /**
   * Consent to search indexing. Mastodon's term ({@code toot:indexable}), reused so that a term
   * named {@code indexable} in our context does not shadow the one Mastodon reads on actors.
   */
  public static final String INDEXABLE = "http://joinmastodon.org/ns#indexable";

  public static final String JOBS_CREATED = NS + "jobsCreated";
  public static final String JOBS_CONSOLIDATED = NS + "jobsConsolidated";
  public static final String BENEFICIARIES = NS + "beneficiaries";
  public static final String VOLUNTEERS = NS + "volunteers";
  public static final String SHEET_VERSION = NS + "sheetVersion";
  public static final String METHOD_STEP = NS + "methodStep";
  public static final String CONTRIBUTING_TERRITORY = NS + "contributingTerritory";
  public static final String LICENSE = NS + "license";
  public static final String SOURCE_PROJECT = NS + "sourceProject";
  public static final String SOLUTION = NS + "solution";
  public static final String TRANSFER_CONDITIONS = NS + "transferConditions";
  public static final String TRANSFER_MODE = NS + "transferMode";
  public static final String KEY_SUCCESS_FACTOR = NS + "keySuccessFactor";
  public static final String WATCH_POINT = NS + "watchPoint";
  public static final String CONTACT_ORGANIZATION = NS + "contactOrganization";
  public static final String REPLICATING_TERRITORY = NS + "replicatingTerritory";
  public static final String LINKED_PROJECT = NS + "linkedProject";
  public static final String SHARED_THEME = NS + "sharedTheme";
  public static final String BASIS = NS + "basis";
  public static final String PERIOD = NS + "period";
  public static final String TERRITORIES = NS + "territories";
  public static final String LABELLED_TERRITORIES = NS + "labelledTerritories";
  public static final String LAUNCHING_TERRITORIES = NS + "launchingTerritories";
  public static final String PARTICIPANTS = NS + "participants";
  public static final String ENGAGED_PEOPLE = NS + "engagedPeople";
  public static final String PROJECTS_SUPPORTED = NS + "projectsSupported";
  public static final String PROJECTS_BY_STAGE = NS + "projectsByStage";
  public static final String PROJECTS_BY_THEME = NS + "projectsByTheme";
  public static final String DREAMS = NS + "dreams";
  public static final String CHALLENGES = NS + "challenges";
  public static final String PROMO_NUMBER = NS + "promoNumber";
  public static final String DURATION_MONTHS = NS + "durationMonths";
  public static final String CO_ANIMATING_TERRITORY = NS + "coAnimatingTerritory";
  public static final String PROMO_PROPERTY = NS + "promo";
  public static final String MEMBER = NS + "member";
  public static final String SPONSOR = NS + "sponsor";
  public static final String SPONSEE = NS + "sponsee";
}
