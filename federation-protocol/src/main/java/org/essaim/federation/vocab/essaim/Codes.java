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

  /** Project stages: the network taxonomy's project-stages scheme. */
  static final Set<String> PROJECT_STAGE = NetworkTaxonomy.keys("project-stages");

  static final Set<String> PROJECT_STATUS = Set.of("ACTIVE", "PAUSED", "STOPPED", "TRANSFERRED");

  static final Set<String> PROJECT_ORIGIN =
      Set.of(
          "SUT_CHALLENGE",
          "INCUBATOR",
          "EXISTING_ACCELERATED",
          "TRANSPOSED_FROM",
          "EXTERNAL_CATALOGUE");

  /** Legal forms: the network taxonomy's legal-forms scheme. */
  static final Set<String> LEGAL_FORM = NetworkTaxonomy.keys("legal-forms");

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

  /**
   * Top concepts of the theme scheme; narrower keys may be added by the national node, so only the
   * top concept of a key is checked.
   */
  static final Set<String> THEME_TOP = NetworkTaxonomy.topKeys("themes");

  /** Support modes: the network taxonomy's support-modes scheme. */
  static final Set<String> SUPPORT_MODE = NetworkTaxonomy.keys("support-modes");

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
