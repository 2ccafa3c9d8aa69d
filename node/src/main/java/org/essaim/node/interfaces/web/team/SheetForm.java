// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.MethodSheetView;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.methodsheet.SheetDescription;
import org.essaim.node.domain.model.methodsheet.SheetText;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the method-sheet form sent, as typed, and the errors found under each field's name. The
 * rules are the domain's ({@link SheetText}, {@link SheetDescription}); audience, licence and the
 * contributing territories are not on the form: an edit keeps the sheet's own.
 */
public final class SheetForm {

  private static final int MAX_KEYS = 50;

  private final String title;
  private final String summary;
  private final String bodyMarkdown;
  private final String changeNote;
  private final String visibility;
  private final List<String> steps;
  private final List<String> themes;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private SheetForm(
      String title,
      String summary,
      String bodyMarkdown,
      String changeNote,
      String visibility,
      List<String> steps,
      List<String> themes) {
    this.title = title;
    this.summary = summary;
    this.bodyMarkdown = bodyMarkdown;
    this.changeNote = changeNote;
    this.visibility = visibility;
    this.steps = steps;
    this.themes = themes;
  }

  static SheetForm blank() {
    return new SheetForm("", "", "", "", "", List.of(), List.of());
  }

  static SheetForm of(MethodSheetView view) {
    SheetDescription d = view.description();
    return new SheetForm(
        view.text().title(),
        view.text().summary() == null ? "" : view.text().summary(),
        view.text().bodyMarkdown(),
        "",
        d.visibility() == null ? "" : d.visibility().name(),
        d.methodSteps().stream().map(Enum::name).toList(),
        d.themes());
  }

  static SheetForm read(HttpServletRequest request) {
    return new SheetForm(
        value(request, "title"),
        value(request, "summary"),
        value(request, "bodyMarkdown"),
        value(request, "changeNote"),
        value(request, "visibility"),
        list(request.getParameterValues("methodSteps")),
        list(request.getParameterValues("themes")));
  }

  private static String value(HttpServletRequest request, String name) {
    String v = request.getParameter(name);
    return v == null ? "" : v;
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.stream(values).limit(MAX_KEYS + 1L).toList();
  }

  /** The text and description, or empty with {@link #errors()} filled in. */
  Optional<Input> validate(Taxonomy taxonomy, Locale locale, MethodSheetView kept) {
    if (title.isBlank()) {
      reject("title", locale, "teamSheets.error.title");
    } else if (title.strip().length() > SheetText.MAX_TITLE) {
      reject("title", locale, "teamProjects.error.tooLong", SheetText.MAX_TITLE);
    }
    if (summary.strip().length() > SheetText.MAX_SUMMARY) {
      reject("summary", locale, "teamProjects.error.tooLong", SheetText.MAX_SUMMARY);
    }
    if (bodyMarkdown.isBlank()) {
      reject("bodyMarkdown", locale, "teamSheets.error.body");
    } else if (bodyMarkdown.length() > SheetText.MAX_BODY) {
      reject("bodyMarkdown", locale, "teamProjects.error.tooLong", SheetText.MAX_BODY);
    }
    List<MethodStep> methodSteps =
        Arrays.stream(MethodStep.values()).filter(s -> steps.contains(s.name())).toList();
    if (methodSteps.isEmpty() || methodSteps.size() != steps.size()) {
      reject("methodSteps", locale, "teamSheets.error.steps");
    }
    if (themes.size() > MAX_KEYS
        || themes.stream().anyMatch(t -> !taxonomy.contains(TaxonomyScheme.THEMES, t))) {
      reject("themes", locale, "teamProjects.error.choice");
    }
    Visibility chosen = null;
    if (!visibility.isEmpty()) {
      chosen = WebPage.named(Visibility.class, visibility).orElse(null);
      if (chosen == null) {
        reject("visibility", locale, "teamProjects.error.choice");
      }
    }
    if (changeNote.strip().length() > MethodSheet.MAX_CHANGE_NOTE) {
      reject("changeNote", locale, "teamProjects.error.tooLong", MethodSheet.MAX_CHANGE_NOTE);
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    SheetDescription before = kept == null ? null : kept.description();
    try {
      return Optional.of(
          new Input(
              new SheetText(title, summary, bodyMarkdown),
              new SheetDescription(
                  methodSteps,
                  before == null ? null : before.referentTerritory(),
                  before == null ? List.of() : before.contributingTerritories(),
                  before == null ? null : before.audience(),
                  before == null ? null : before.licence(),
                  themes,
                  chosen),
              changeNote.isBlank() ? null : changeNote.strip()));
    } catch (DomainRuleViolation e) {
      errors.put(e.field(), e.getMessage());
      return Optional.empty();
    }
  }

  /** What the service takes. */
  record Input(SheetText text, SheetDescription description, String changeNote) {}

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public Map<String, String> errors() {
    return errors;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  public String changeNote() {
    return changeNote;
  }

  public String visibility() {
    return visibility;
  }

  public List<String> steps() {
    return steps;
  }

  public List<String> themes() {
    return themes;
  }
}
