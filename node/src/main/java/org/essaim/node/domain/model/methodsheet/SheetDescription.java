// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * What a sheet is about and who shares it: not versioned (changing it makes no new version). Theme
 * keys are checked by the application against the taxonomy.
 *
 * @param methodSteps at least one
 * @param referentTerritory « un territoire référent pour chaque fiche »: a territory's name, free
 *     text; null until the application puts this node's territory (see {@link #withReferent})
 * @param contributingTerritories the working group's territories, by name
 * @param visibility null until the application puts the node's default for a new sheet (see {@link
 *     #withDefaultVisibility}); on an update, null keeps the sheet's own
 */
public record SheetDescription(
    List<MethodStep> methodSteps,
    String referentTerritory,
    List<String> contributingTerritories,
    Audience audience,
    Licence licence,
    List<String> themes,
    Visibility visibility) {

  public static final int MAX_TERRITORY = 200;
  public static final int MAX_CONTRIBUTORS = 50;

  public SheetDescription {
    methodSteps =
        methodSteps == null
            ? List.of()
            : methodSteps.stream().filter(s -> s != null).distinct().toList();
    if (methodSteps.isEmpty()) {
      throw new DomainRuleViolation("methodSteps", "at least one step of the method");
    }
    referentTerritory = territory("referentTerritory", referentTerritory);
    List<String> given = contributingTerritories == null ? List.of() : contributingTerritories;
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) == null || given.get(i).isBlank()) {
        throw new DomainRuleViolation(
            "contributingTerritories[" + i + "]", "must be a territory's name");
      }
      territory("contributingTerritories[" + i + "]", given.get(i));
    }
    if (given.size() > MAX_CONTRIBUTORS) {
      throw new DomainRuleViolation(
          "contributingTerritories", "at most " + MAX_CONTRIBUTORS + " territories");
    }
    contributingTerritories = given.stream().map(String::strip).distinct().toList();
    audience = audience == null ? Audience.NETWORK : audience;
    licence = licence == null ? Licence.DEFAULT : licence;
    themes =
        themes == null
            ? List.of()
            : themes.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
  }

  private static String territory(String field, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String stripped = name.strip();
    if (stripped.length() > MAX_TERRITORY) {
      throw new DomainRuleViolation(field, "at most " + MAX_TERRITORY + " characters");
    }
    return stripped;
  }

  /** This description, with {@code territory} as referent when it names none. */
  /** This description, with {@code visibility} when it names none. */
  public SheetDescription withDefaultVisibility(Visibility defaultVisibility) {
    if (visibility != null) {
      return this;
    }
    return new SheetDescription(
        methodSteps,
        referentTerritory,
        contributingTerritories,
        audience,
        licence,
        themes,
        defaultVisibility);
  }

  public SheetDescription withReferent(String territory) {
    if (referentTerritory != null) {
      return this;
    }
    return new SheetDescription(
        methodSteps, territory, contributingTerritories, audience, licence, themes, visibility);
  }
}
