// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.CampaignView;
import org.essaim.node.domain.model.campaign.CampaignDescription;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * What the campaign form sent, as typed, and the errors found under each field's name. The rules
 * are {@link CampaignDescription}'s; this only says them in the reader's language.
 */
public final class CampaignForm {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();

  private static final String[] FIELDS = {
    "name", "localBrandName", "subTerritory", "startDate", "endDate"
  };

  private CampaignForm() {}

  static CampaignForm blank() {
    CampaignForm form = new CampaignForm();
    for (String field : FIELDS) {
      form.values.put(field, "");
    }
    return form;
  }

  static CampaignForm of(CampaignView view) {
    CampaignDescription d = view.description();
    CampaignForm form = new CampaignForm();
    form.values.put("name", d.name());
    form.values.put("localBrandName", d.localBrandName());
    form.values.put("subTerritory", d.subTerritory() == null ? "" : d.subTerritory());
    form.values.put("startDate", d.startDate().toString());
    form.values.put("endDate", d.endDate() == null ? "" : d.endDate().toString());
    return form;
  }

  static CampaignForm read(HttpServletRequest request) {
    CampaignForm form = new CampaignForm();
    for (String field : FIELDS) {
      String value = request.getParameter(field);
      form.values.put(field, value == null ? "" : value);
    }
    return form;
  }

  /** The description, or empty with {@link #errors()} filled in. */
  Optional<CampaignDescription> validate(Locale locale) {
    for (String field : new String[] {"name", "localBrandName"}) {
      String value = values.get(field).strip();
      if (value.isEmpty()) {
        reject(field, locale, "teamCampaigns.error." + field);
      } else if (value.length() > CampaignDescription.MAX_LENGTH) {
        reject(field, locale, "teamProjects.error.tooLong", CampaignDescription.MAX_LENGTH);
      }
    }
    if (values.get("subTerritory").strip().length() > CampaignDescription.MAX_LENGTH) {
      reject("subTerritory", locale, "teamProjects.error.tooLong", CampaignDescription.MAX_LENGTH);
    }
    LocalDate start = date("startDate", locale);
    LocalDate end = date("endDate", locale);
    if (start == null && !errors.containsKey("startDate")) {
      reject("startDate", locale, "teamCampaigns.error.startDate");
    }
    if (start != null && end != null && end.isBefore(start)) {
      reject("endDate", locale, "teamCampaigns.error.endBeforeStart");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new CampaignDescription(
              values.get("name"),
              values.get("localBrandName"),
              values.get("subTerritory"),
              start,
              end));
    } catch (DomainRuleViolation e) {
      errors.put(e.field(), e.getMessage());
      return Optional.empty();
    }
  }

  private LocalDate date(String field, Locale locale) {
    String value = values.get(field).strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      reject(field, locale, "teamCampaigns.error.date");
      return null;
    }
  }

  private void reject(String field, Locale locale, String key, Object... arguments) {
    errors.putIfAbsent(field, WebMessages.text(locale, key, arguments));
  }

  /** The values as typed, by field name. */
  public Map<String, String> values() {
    return values;
  }

  /** The error of each field that has one, in the form's order. */
  public Map<String, String> errors() {
    return errors;
  }
}
