// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.solution;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What the team writes about a replication; its status and the start, replication and abandon dates
 * move through transitions.
 *
 * @param territoryName the target territory, as it calls itself (« Start-Up de Territoire du Pays
 *     de Lons »)
 * @param territoryActorUri the target node's ActivityPub actor (http(s)), for future federation;
 *     optional
 * @param adaptations what the target territory changes to fit its context
 * @param interestedOn when the interest was declared; null until the application defaults it to
 *     today
 */
public record ReplicationDescription(
    String territoryName, String territoryActorUri, String adaptations, LocalDate interestedOn) {

  public static final int MAX_NAME = 200;

  public ReplicationDescription {
    territoryName = Texts.required("territoryName", territoryName, MAX_NAME);
    territoryActorUri = Texts.optional("territoryActorUri", territoryActorUri, 500);
    if (territoryActorUri != null && !isHttpUri(territoryActorUri)) {
      throw new DomainRuleViolation(
          "territoryActorUri",
          "must be an absolute http(s) URI such as https://node.example/actor");
    }
    adaptations = Texts.optional("adaptations", adaptations, 5000);
  }

  /** The same description, dated {@code today} when it has no date of interest. */
  public ReplicationDescription datedIfUndated(LocalDate today) {
    return interestedOn != null
        ? this
        : new ReplicationDescription(territoryName, territoryActorUri, adaptations, today);
  }

  private static boolean isHttpUri(String value) {
    try {
      URI uri = new URI(value);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
