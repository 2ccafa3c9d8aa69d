// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * Everything about a transferable solution but its source project (fixed at creation) and its
 * status (moved through transitions). Theme keys and the contact organisation are checked by the
 * application.
 *
 * @param title null until the application defaults it to the source project's title
 * @param problemAddressed the problem it answers, in words (with {@code themes}, what défi ↔
 *     solution matching will use)
 * @param themes keys of the themes scheme
 * @param model the economic and governance model (SCIC, SCI per site, CAE antenna…)
 * @param prerequisites local conditions: partners, premises, public
 * @param keySuccessFactors « Facteurs clés de succès »
 * @param watchPoints « Points d'attention »
 * @param costs null when unknown
 * @param contactOrganizationId the organisation to contact, never a person
 * @param visibility null: the node's default for a new solution (NETWORK built in: a solution is
 *     made to be shared with the network), unchanged on an update
 */
public record TransferableSolutionDescription(
    String title,
    String problemAddressed,
    List<String> themes,
    String model,
    String prerequisites,
    List<String> keySuccessFactors,
    List<String> watchPoints,
    TransferMode transferMode,
    CostRange costs,
    Long contactOrganizationId,
    Visibility visibility) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 5000;
  public static final int MAX_ITEM = 1000;
  public static final int MAX_ITEMS = 30;

  public TransferableSolutionDescription {
    title = Texts.optional("title", title, MAX_TITLE);
    problemAddressed = Texts.optional("problemAddressed", problemAddressed, MAX_TEXT);
    themes =
        themes == null
            ? List.of()
            : themes.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    model = Texts.optional("model", model, MAX_TEXT);
    prerequisites = Texts.optional("prerequisites", prerequisites, MAX_TEXT);
    keySuccessFactors = Texts.list("keySuccessFactors", keySuccessFactors, MAX_ITEM, MAX_ITEMS);
    watchPoints = Texts.list("watchPoints", watchPoints, MAX_ITEM, MAX_ITEMS);
    if (transferMode == null) {
      throw new DomainRuleViolation(
          "transferMode",
          "must be OPEN_METHOD, ACCOMPANIED_TRANSFER, ANTENNA, FRANCHISE or NETWORK_KIT");
    }
    costs = costs == null || costs.isEmpty() ? null : costs;
    if (contactOrganizationId == null || contactOrganizationId < 1) {
      throw new DomainRuleViolation("contactOrganizationId", "must be an organisation's id");
    }
  }

  /** The same description with this title when it has none. */
  public TransferableSolutionDescription titledIfUntitled(String defaultTitle) {
    if (title != null) {
      return this;
    }
    return new TransferableSolutionDescription(
        defaultTitle,
        problemAddressed,
        themes,
        model,
        prerequisites,
        keySuccessFactors,
        watchPoints,
        transferMode,
        costs,
        contactOrganizationId,
        visibility);
  }
}
