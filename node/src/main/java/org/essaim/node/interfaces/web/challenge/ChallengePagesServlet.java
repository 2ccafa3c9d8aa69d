// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.challenge;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.ChallengeService;
import org.essaim.node.application.ChallengeView;
import org.essaim.node.application.Page;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.application.search.SimilarObjects;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebPage;

/** {@code /challenges}: the public défis; {@code /challenges/3}: one, with its dreams. */
@WebServlet({"/challenges", "/challenges/*"})
public class ChallengePagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient ChallengeService challenges;
  @Inject transient Taxonomy taxonomy;
  @Inject transient SimilarObjects similar;
  @Inject transient NetworkObjects copies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    listOrDetail(
        request,
        response,
        () -> {
          Page<ChallengeView> page =
              challenges.list(
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  page(request, 20));
          render(
              request,
              response,
              "challenges",
              listModel(
                  "challenges", "challenges", page, c -> ChallengeItem.of(c, taxonomy, locale)));
        },
        id ->
            render(
                request,
                response,
                "challenge",
                Map.of(
                    "section",
                    "challenges",
                    "challenge",
                    ChallengeItem.of(challenges.get(id, false), taxonomy, locale),
                    "solutions",
                    SuggestedSolutions.forChallenge(
                        similar,
                        copies,
                        taxonomy,
                        id,
                        false,
                        request.getUserPrincipal() != null,
                        locale))));
  }
}
