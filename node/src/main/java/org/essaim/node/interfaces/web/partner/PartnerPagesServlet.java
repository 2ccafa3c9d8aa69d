// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.partner;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.OrganizationView;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.PartnerService;
import org.essaim.node.application.PartnerView;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /partners}: the « Cercle des partenaires de confiance », then the territory's other
 * partners, each with its organisation's roles and website. Only what {@code /api/partners} shows
 * the public: partners whose organisation the public may read, never their contributions nor their
 * mailbox.
 */
@WebServlet("/partners")
public class PartnerPagesServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient PartnerService partners;
  @Inject transient OrganizationService organizations;
  @Inject transient Taxonomy taxonomy;

  /** A partner as the page shows it. */
  public record PartnerItem(
      String name, String acronym, List<String> roles, String website, String since) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "partners");
    model.put("circle", items(true, locale));
    model.put("others", items(false, locale));
    render(request, response, "partners", model);
  }

  private List<PartnerItem> items(boolean inCircle, Locale locale) {
    return partners.list(false, inCircle, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
        .map(p -> item(p, locale))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<PartnerItem> item(PartnerView partner, Locale locale) {
    OrganizationProfile organization;
    try {
      OrganizationView view = organizations.get(partner.terms().organizationId(), false);
      organization = view.profile();
    } catch (NotFoundException e) {
      // Made private since the list was read: not shown.
      return Optional.empty();
    }
    return Optional.of(
        new PartnerItem(
            organization.name(),
            organization.acronym(),
            organization.roles().stream()
                .map(r -> Labels.concept(taxonomy, TaxonomyScheme.STRUCTURE_ROLES, r, locale))
                .toList(),
            organization.website(),
            partner.terms().circleSince() == null
                ? null
                : Labels.date(partner.terms().circleSince(), locale)));
  }
}
