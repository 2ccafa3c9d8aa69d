// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.essaim.node.application.EventView;
import org.essaim.node.domain.model.event.DreamCollectionFormat;
import org.essaim.node.domain.model.event.EventCounts;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventPlace;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * The event form of {@code /team/events/new} and {@code /team/events/12/edit}: the fields of the
 * API's event document, read into the domain's {@link EventDescription} whose rules decide (an end
 * after the start, a place or an online address…). Counts are not on it: an edit keeps them.
 */
final class EventForm {

  static final String[] FIELDS = {
    "event-type",
    "event-title",
    "event-description",
    "event-startsAt",
    "event-endsAt",
    "event-timeZone",
    "event-venueName",
    "event-commune",
    "event-address",
    "event-onlineUrl",
    "event-campaignId",
    "event-challengeIds",
    "event-solutionIdeaIds",
    "event-collectionFormat",
    "event-visibility"
  };
  static final String THEMES = "event-themes";
  private static final int MAX_IDS = 50;

  private EventForm() {}

  /** The fields of an existing event, as the form shows them. */
  static Map<String, String> values(EventView view) {
    EventDescription d = view.description();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("event-type", d.type().name());
    values.put("event-title", d.title());
    values.put("event-description", orEmpty(d.description()));
    values.put("event-startsAt", d.startsAt().toString());
    values.put("event-endsAt", d.endsAt().toString());
    values.put("event-timeZone", d.timeZone().getId());
    values.put("event-venueName", d.place() == null ? "" : orEmpty(d.place().venueName()));
    values.put("event-commune", d.place() == null ? "" : orEmpty(d.place().commune()));
    values.put("event-address", d.place() == null ? "" : orEmpty(d.place().address()));
    values.put("event-onlineUrl", orEmpty(d.onlineUrl()));
    values.put("event-campaignId", d.campaignId() == null ? "" : d.campaignId().toString());
    values.put("event-challengeIds", ids(d.challengeIds()));
    values.put("event-solutionIdeaIds", ids(d.solutionIdeaIds()));
    values.put(
        "event-collectionFormat", d.collectionFormat() == null ? "" : d.collectionFormat().name());
    values.put("event-visibility", d.visibility() == null ? "" : d.visibility().name());
    return values;
  }

  /**
   * The description, or null with the form's errors filled in.
   *
   * @param counts the event's counts, kept by an edit; {@link EventCounts#NONE} for a new one
   */
  static EventDescription read(
      PartsForm form,
      List<String> themes,
      Taxonomy taxonomy,
      ZoneId defaultZone,
      EventCounts counts) {
    EventType type = form.choice("event-type", EventType.class, true);
    String title = form.optional("event-title", true);
    LocalDateTime start = dateTime(form, "event-startsAt");
    LocalDateTime end = dateTime(form, "event-endsAt");
    ZoneId zone = defaultZone;
    String zoneName = form.text("event-timeZone");
    if (!zoneName.isEmpty()) {
      try {
        zone = ZoneId.of(zoneName);
        if (!EventDescription.isRegionZone(zone)) {
          form.reject("event-timeZone", "eventForm.error.timeZone");
        }
      } catch (DateTimeException e) {
        form.reject("event-timeZone", "eventForm.error.timeZone");
      }
    }
    Long campaign = form.id("event-campaignId", false);
    List<Long> challenges = ids(form, "event-challengeIds");
    List<Long> ideas = ids(form, "event-solutionIdeaIds");
    DreamCollectionFormat format =
        form.choice("event-collectionFormat", DreamCollectionFormat.class, false);
    Visibility visibility = form.choice("event-visibility", Visibility.class, false);
    if (themes.size() > MAX_IDS
        || themes.stream().anyMatch(t -> !taxonomy.contains(TaxonomyScheme.THEMES, t))) {
      form.reject(THEMES, "parts.error.choice");
    }
    if (!form.valid()) {
      return null;
    }
    try {
      String venue = form.optional("event-venueName", false);
      String commune = form.optional("event-commune", false);
      String address = form.optional("event-address", false);
      EventPlace place =
          venue == null && commune == null && address == null
              ? null
              : new EventPlace(venue, commune, address);
      return new EventDescription(
          type,
          title,
          form.optional("event-description", false),
          start,
          end,
          zone,
          place,
          form.optional("event-onlineUrl", false),
          campaign,
          challenges,
          ideas,
          format,
          themes,
          counts,
          visibility);
    } catch (DomainRuleViolation e) {
      if (e.field().equals("place")) {
        // Neither a place nor an online address: said on the first of the place's fields.
        form.reject("event-venueName", "eventForm.error.place");
      } else {
        form.rule(e, "event-title");
      }
      return null;
    }
  }

  private static LocalDateTime dateTime(PartsForm form, String field) {
    String text = form.text(field);
    if (text.isEmpty()) {
      form.reject(field, "parts.error.required");
      return null;
    }
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      form.reject(field, "eventForm.error.dateTime");
      return null;
    }
  }

  /** « 12, 15 » → [12, 15]; empty for nothing typed, rejected for anything else. */
  private static List<Long> ids(PartsForm form, String field) {
    String text = form.text(field);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> parts = Arrays.asList(text.split("[\\s,;]+"));
    if (parts.size() > MAX_IDS || !parts.stream().allMatch(p -> p.matches("[1-9][0-9]{0,17}"))) {
      form.reject(field, "eventForm.error.ids");
      return List.of();
    }
    return new ArrayList<>(parts.stream().map(Long::valueOf).distinct().toList());
  }

  private static String ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
