// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.ProjectView;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * What the project form sent, as typed, and the errors found under each field's name. The rules are
 * the domain's ({@link ProjectDescription}); the form words the common ones for the team and passes
 * any other rule's own message through, on its field. Fundings, impacts and organisations are not
 * on the form: an edit keeps the project's own (the API changes them).
 */
public final class ProjectForm {

  private static final int MAX_KEYS = 50;

  private final Map<String, String> values;
  private final List<String> themes;
  private final List<String> supportModes;
  private final boolean pepite;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private ProjectForm(
      Map<String, String> values, List<String> themes, List<String> supportModes, boolean pepite) {
    this.values = values;
    this.themes = themes;
    this.supportModes = supportModes;
    this.pepite = pepite;
  }

  private static final List<String> FIELDS =
      List.of(
          "title",
          "summary",
          "description",
          "stage",
          "origin",
          "originChallengeId",
          "originSourceUri",
          "legalForm",
          "locationCode",
          "locationLabel",
          "visibility");

  static ProjectForm blank() {
    Map<String, String> values = new LinkedHashMap<>();
    FIELDS.forEach(f -> values.put(f, ""));
    values.put("stage", ProjectStage.IDEA.key());
    values.put("origin", ProjectOrigin.FROM_CHALLENGE.name());
    return new ProjectForm(values, List.of(), List.of(), false);
  }

  static ProjectForm of(ProjectView view) {
    ProjectDescription d = view.description();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", d.title());
    values.put("summary", orEmpty(d.summary()));
    values.put("description", orEmpty(d.description()));
    values.put("stage", view.stage().key());
    values.put("origin", d.origin().name());
    values.put(
        "originChallengeId", d.originChallengeId() == null ? "" : d.originChallengeId().toString());
    values.put("originSourceUri", orEmpty(d.originSourceUri()));
    values.put("legalForm", orEmpty(d.legalForm()));
    values.put("locationCode", d.location() == null ? "" : d.location().code());
    values.put("locationLabel", d.location() == null ? "" : d.location().label());
    values.put("visibility", d.visibility() == null ? "" : d.visibility().name());
    return new ProjectForm(values, d.themes(), d.supportModes(), d.pepite());
  }

  static ProjectForm read(HttpServletRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String v = request.getParameter(field);
      values.put(field, v == null ? "" : v);
    }
    return new ProjectForm(
        values,
        list(request.getParameterValues("themes")),
        list(request.getParameterValues("supportModes")),
        "on".equals(request.getParameter("pepite")));
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.stream(values).limit(MAX_KEYS + 1L).toList();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The stage of a new project, checked by {@link #validate}. */
  ProjectStage stage() {
    return ProjectStage.byKey(values.get("stage")).orElse(ProjectStage.IDEA);
  }

  /**
   * The description, or empty with {@link #errors()} filled in.
   *
   * @param kept the project being edited, whose organisations, fundings and impacts stay; null for
   *     a new project
   */
  Optional<ProjectDescription> validate(
      Taxonomy taxonomy, Locale locale, boolean withStage, ProjectView kept) {
    String title = values.get("title").strip();
    if (title.isEmpty()) {
      reject("title", locale, "teamProjects.error.title.required");
    } else if (title.length() > ProjectDescription.MAX_TITLE) {
      reject("title", locale, "teamProjects.error.tooLong", ProjectDescription.MAX_TITLE);
    }
    if (values.get("summary").strip().length() > 1000) {
      reject("summary", locale, "teamProjects.error.tooLong", 1000);
    }
    if (values.get("description").strip().length() > 10000) {
      reject("description", locale, "teamProjects.error.tooLong", 10000);
    }
    if (withStage
        && (!taxonomy.contains(TaxonomyScheme.PROJECT_STAGES, values.get("stage"))
            || ProjectStage.byKey(values.get("stage")).isEmpty())) {
      reject("stage", locale, "teamProjects.error.choice");
    }
    ProjectOrigin origin = WebPage.named(ProjectOrigin.class, values.get("origin")).orElse(null);
    if (origin == null) {
      reject("origin", locale, "teamProjects.error.choice");
    }
    Long challengeId = null;
    String challenge = values.get("originChallengeId").strip();
    if (origin == ProjectOrigin.FROM_CHALLENGE) {
      long id = WebPage.wholeNumber(challenge);
      if (id <= 0) {
        reject("originChallengeId", locale, "teamProjects.error.originChallengeId");
      } else {
        challengeId = id;
      }
    }
    String sourceUri = values.get("originSourceUri").strip();
    if (origin == ProjectOrigin.TRANSPOSED_FROM && sourceUri.isEmpty()) {
      reject("originSourceUri", locale, "teamProjects.error.originSourceUri");
    }
    if (themes.size() > MAX_KEYS
        || themes.stream().anyMatch(t -> !taxonomy.contains(TaxonomyScheme.THEMES, t))) {
      reject("themes", locale, "teamProjects.error.choice");
    }
    if (supportModes.size() > MAX_KEYS
        || supportModes.stream()
            .anyMatch(t -> !taxonomy.contains(TaxonomyScheme.SUPPORT_MODES, t))) {
      reject("supportModes", locale, "teamProjects.error.choice");
    }
    String legalForm = values.get("legalForm").strip();
    if (!legalForm.isEmpty() && !taxonomy.contains(TaxonomyScheme.LEGAL_FORMS, legalForm)) {
      reject("legalForm", locale, "teamProjects.error.choice");
    }
    Visibility visibility = null;
    if (!values.get("visibility").isEmpty()) {
      visibility = WebPage.named(Visibility.class, values.get("visibility")).orElse(null);
      if (visibility == null) {
        reject("visibility", locale, "teamProjects.error.choice");
      }
    }
    Commune location = null;
    String code = values.get("locationCode").strip();
    String label = values.get("locationLabel").strip();
    if (!code.isEmpty() || !label.isEmpty()) {
      try {
        location = new Commune(code, label);
      } catch (DomainRuleViolation e) {
        reject(
            e.field().equals("commune.code") ? "locationCode" : "locationLabel",
            locale,
            e.field().equals("commune.code")
                ? "teamProjects.error.locationCode"
                : "teamProjects.error.locationLabel");
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    ProjectDescription before = kept == null ? null : kept.description();
    try {
      return Optional.of(
          new ProjectDescription(
              title,
              values.get("summary"),
              values.get("description"),
              themes,
              supportModes,
              origin,
              challengeId,
              origin == ProjectOrigin.TRANSPOSED_FROM ? sourceUri : null,
              before == null ? null : before.carrierOrganizationId(),
              legalForm.isEmpty() ? null : legalForm,
              before == null ? List.of() : before.partnerOrganizationIds(),
              before == null ? List.of() : before.fundings(),
              before == null ? List.of() : before.impacts(),
              location,
              pepite,
              visibility));
    } catch (DomainRuleViolation e) {
      // A rule the form does not word itself: the domain's own message, on its field.
      errors.put(FIELDS.contains(e.field()) ? e.field() : "title", e.getMessage());
      return Optional.empty();
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  public Map<String, String> errors() {
    return errors;
  }

  /** The typed value of a field, for the template ({@code form.value('title')}). */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public List<String> themes() {
    return themes;
  }

  public List<String> supportModes() {
    return supportModes;
  }

  public boolean pepite() {
    return pepite;
  }
}
