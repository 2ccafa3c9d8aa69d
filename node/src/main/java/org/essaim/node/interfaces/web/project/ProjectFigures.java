// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.project;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.interfaces.web.Labels;

/** A project's funding lines and impact measurements in words, for its public and team pages. */
public final class ProjectFigures {

  private ProjectFigures() {}

  /** « Fonds social européen · 67 573,00 € · 1 janv. 2021 → 31 déc. 2021 », one per line. */
  public static List<String> fundings(ProjectDescription d, Taxonomy taxonomy, Locale locale) {
    NumberFormat money =
        NumberFormat.getCurrencyInstance(
            locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE);
    money.setCurrency(Currency.getInstance("EUR"));
    return d.fundings().stream()
        .map(
            f ->
                Labels.concept(taxonomy, TaxonomyScheme.FUNDING_INSTRUMENTS, f.instrument(), locale)
                    + (f.fseCode() == null ? "" : " " + f.fseCode())
                    + (f.amountEur() == null ? "" : " · " + money.format(f.amountEur()))
                    + (f.periodStart() == null ? "" : " · " + Labels.date(f.periodStart(), locale))
                    + (f.periodEnd() == null ? "" : " → " + Labels.date(f.periodEnd(), locale))
                    + (f.cofunders().isEmpty() ? "" : " · " + String.join(", ", f.cofunders())))
        .toList();
  }

  /** « Emplois créés : 8 (31 déc. 2021) », one per measurement. */
  public static List<String> impacts(ProjectDescription d, Taxonomy taxonomy, Locale locale) {
    return d.impacts().stream()
        .map(
            m ->
                Labels.concept(taxonomy, TaxonomyScheme.IMPACT_INDICATORS, m.indicator(), locale)
                    + " : "
                    + m.value().stripTrailingZeros().toPlainString()
                    + " ("
                    + Labels.date(m.measuredOn(), locale)
                    + ")")
        .toList();
  }
}
