// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.VocabularyException;

/**
 * The domain's code lists (docs/shared domain notes §2.2, §2.8, §4), as federated: plain strings.
 * State machines use UPPER_SNAKE values; taxonomy keys are lower-kebab with a dot for narrower
 * concepts.
 */
final class Codes {
  private Codes() {}

  /** Territory label lifecycle (§1.3). */
  static final Set<String> LABEL_STATUS =
      Set.of(
          "PROSPECT",
          "CANDIDATE",
          "DEFERRED",
          "IN_PROMO",
          "NEEDS_MORE_TIME",
          "READY_FOR_LABEL",
          "LABELLED",
          "SUSPENDED",
          "WITHDRAWN");

  /** What a label attestation may state: the label, or that it no longer holds. */
  static final Set<String> ATTESTED_LABEL_STATUS = Set.of("LABELLED", "SUSPENDED", "WITHDRAWN");

  /** Geographic levels of a perimeter (§4.5). */
  static final Set<String> GEO_LEVEL =
      Set.of(
          "commune",
          "epci",
          "pays",
          "departement",
          "region",
          "national",
          "pnr",
          "bassin",
          "cross-border");

  /** Project stages (§4.4). */
  static final Set<String> PROJECT_STAGE =
      Set.of(
          "idea",
          "first-steps",
          "emergence",
          "creation",
          "launched",
          "consolidation",
          "development",
          "acceleration",
          "swarming");

  static final Set<String> PROJECT_STATUS = Set.of("ACTIVE", "PAUSED", "STOPPED", "TRANSFERRED");

  static final Set<String> PROJECT_ORIGIN =
      Set.of(
          "SUT_CHALLENGE",
          "INCUBATOR",
          "EXISTING_ACCELERATED",
          "TRANSPOSED_FROM",
          "EXTERNAL_CATALOGUE");

  static final Set<String> LEGAL_FORM =
      Set.of(
          "ASSOCIATION_1901",
          "SCIC",
          "SCOP",
          "SCA",
          "SCI",
          "SAS",
          "SARL",
          "FONDATION",
          "FONDATION_ABRITEE",
          "COLLECTIVITE",
          "PUBLIC_BODY",
          "UNIVERSITY",
          "GIE",
          "GIEE",
          "OTHER");

  static final Set<String> CHALLENGE_STATUS =
      Set.of(
          "DRAFT",
          "SELECTED_FOR_EVENING",
          "WORKED_AT_EVENING",
          "SEEKING_CARRIER",
          "IN_DEPLOYMENT",
          "RESOLVED",
          "ABANDONED",
          "MERGED");

  /** Method sheet states that may leave the node: drafts stay local (§2.5). */
  static final Set<String> METHOD_SHEET_STATUS =
      Set.of("IN_REVIEW", "PUBLISHED", "UPDATED", "DEPRECATED");

  static final Set<String> METHOD_STEP =
      Set.of(
          "COLLECT_DREAMS",
          "IDEATE",
          "SELECT_AND_GATHER",
          "SUPPORT",
          "CORE_TEAM",
          "PARTNERS",
          "EVENTS",
          "ECONOMIC_MODEL",
          "CITIZEN_MOBILISATION",
          "IMPACT");

  static final Set<String> TRANSFER_MODE =
      Set.of("OPEN_METHOD", "ACCOMPANIED_TRANSFER", "ANTENNA", "FRANCHISE", "NETWORK_KIT");

  static final Set<String> REPLICATION_STATUS =
      Set.of("INTERESTED", "IN_PROGRESS", "REPLICATED", "ABANDONED");

  static final Set<String> LINK_BASIS =
      Set.of("SAME_THEME", "SAME_PROBLEM", "SAME_MODEL", "DECLARED");

  static final Set<String> LINK_STATUS = Set.of("SUGGESTED", "CONFIRMED", "INTRODUCED");

  static final Set<String> SPONSORSHIP_STATUS = Set.of("PROPOSED", "ACTIVE", "ENDED");

  /** Top concepts of the theme scheme (§4.1); narrower keys may be added by the national node. */
  static final Set<String> THEME_TOP =
      Set.of(
          "food",
          "agriculture",
          "mobility",
          "circular-economy",
          "responsible-consumption",
          "local-economy",
          "living-together",
          "ageing-well",
          "housing",
          "employment-inclusion",
          "youth",
          "education",
          "early-childhood",
          "health",
          "disability-inclusion",
          "culture-heritage",
          "crafts-making",
          "digital",
          "energy-climate",
          "environment-biodiversity",
          "sustainable-tourism",
          "places-third-places",
          "land-property",
          "solidarity-finance",
          "citizenship-democracy");

  static final Set<String> SUPPORT_MODE =
      Set.of(
          "awareness",
          "ideation",
          "first-steps",
          "incubation",
          "collective-support",
          "activity-co-construction",
          "project-emergence",
          "activity-creation",
          "installation",
          "local-authority-support",
          "entrepreneurship-support",
          "popular-education",
          "association-support",
          "inclusion",
          "participatory-projects",
          "citizen-mobilisation",
          "test-spaces",
          "fablab",
          "engineering-transfer",
          "engineering-sharing",
          "officials-training",
          "action-research",
          "cross-cutting-cooperation",
          "multi-actor-alliance",
          "scheme",
          "residency",
          "acceleration",
          "swarming");

  private static final Pattern THEME_KEY =
      Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?");

  static String code(String value, Set<String> allowed, String what) {
    Nodes.require(value, what);
    if (!allowed.contains(value)) {
      throw new VocabularyException(
          what + " '" + value + "' is not in the code list " + allowed.stream().sorted().toList());
    }
    return value;
  }

  static String optionalCode(String value, Set<String> allowed, String what) {
    return value == null ? null : code(value, allowed, what);
  }

  static List<String> codes(List<String> values, Set<String> allowed, String what) {
    values = List.copyOf(Nodes.require(values, what));
    values.forEach(v -> code(v, allowed, what));
    return values;
  }

  /** Theme keys: well formed, under a known top concept (e.g. {@code food.short-supply-chains}). */
  static List<String> themes(List<String> values, String what) {
    values = List.copyOf(Nodes.require(values, what));
    for (String theme : values) {
      String top = theme.contains(".") ? theme.substring(0, theme.indexOf('.')) : theme;
      if (!THEME_KEY.matcher(theme).matches() || !THEME_TOP.contains(top)) {
        throw new VocabularyException(what + " '" + theme + "' is not a key of the theme scheme");
      }
    }
    return values;
  }
}
