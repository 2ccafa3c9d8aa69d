// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.opendata.OpenDataLicense;
import org.essaim.node.application.opendata.OpenDataService;
import org.essaim.node.application.opendata.OpenDataService.DatasetSummary;
import org.essaim.node.application.opendata.OpenDataset;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /network/open-data} on the aggregator: the datasets of {@code /api/open-data} with their
 * size, last change, licence and download links (CSV, JSON-LD, the DCAT catalogue).
 */
@WebServlet("/network/open-data")
public class OpenDataPageServlet extends NationalPage {

  private static final long serialVersionUID = 1L;

  @Inject transient OpenDataService openData;

  /** A dataset in words, with its two files. */
  public record Dataset(
      String slug, String title, String description, String items, String modified) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAggregator(request, response)) {
      return;
    }
    Locale locale = Languages.of(request);
    List<Dataset> datasets =
        Arrays.stream(OpenDataset.values()).map(d -> dataset(openData.summary(d), locale)).toList();
    OpenDataLicense license = openData.license();
    Map<String, Object> model = new HashMap<>();
    model.put("section", "national");
    model.put("datasets", datasets);
    model.put("licenseId", license.id());
    model.put("licenseUrl", license.url().map(Object::toString).orElse(null));
    render(request, response, "national-open-data", model);
  }

  private Dataset dataset(DatasetSummary summary, Locale locale) {
    String slug = summary.dataset().slug();
    return new Dataset(
        slug,
        WebMessages.text(locale, "national.dataset." + slug),
        WebMessages.text(locale, "national.dataset." + slug + ".description"),
        Charts.number(summary.items(), locale),
        summary.modified() == null ? "—" : day(summary.modified(), locale));
  }
}
