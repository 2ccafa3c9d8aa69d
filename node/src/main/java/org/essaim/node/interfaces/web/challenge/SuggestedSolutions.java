// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.challenge;

import java.util.List;
import java.util.Locale;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.project.SimilarProject;

/**
 * Transferable solutions of followed territories that look like an answer to a défi, with what they
 * share with it: the service behind {@code GET /api/challenges/{id}/transferable-solutions}, shown
 * on the défi's public page and on the team's page of its ideas.
 */
public final class SuggestedSolutions {

  /** How many solutions a page suggests. */
  private static final int SHOWN = 5;

  private SuggestedSolutions() {}

  public static List<SimilarProject> forChallenge(
      SimilarObjects similar,
      NetworkObjects copies,
      Taxonomy taxonomy,
      long challengeId,
      boolean team,
      boolean signedIn,
      Locale locale) {
    return SimilarProject.all(
        similar.transferableSolutions(challengeId, team, signedIn, Integer.toString(SHOWN)),
        copies,
        signedIn,
        taxonomy,
        locale);
  }
}
