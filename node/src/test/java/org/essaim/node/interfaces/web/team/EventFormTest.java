// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.event.EventCounts;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.junit.jupiter.api.Test;

/** The event form and the small forms' reading of numbers, dates and lists, field by field. */
class EventFormTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Map<String, List<String>> valid() {
    Map<String, List<String>> form = new HashMap<>();
    form.put("event-type", List.of("IDEAS_EVENING"));
    form.put("event-title", List.of(" Soirée des idées "));
    form.put("event-startsAt", List.of("2026-12-04T18:30"));
    form.put("event-endsAt", List.of("2026-12-04T21:30"));
    form.put("event-venueName", List.of("Salle des fêtes"));
    form.put("event-challengeIds", List.of("12, 15 12"));
    form.put("event-visibility", List.of("PUBLIC"));
    return form;
  }

  private static PartsForm form(Map<String, List<String>> values) {
    return new PartsForm(FormRequest.of(values), Locale.FRENCH, EventForm.FIELDS);
  }

  @Test
  void aValidFormMakesTheDescriptionInTheTerritorysZone() {
    PartsForm form = form(valid());
    EventDescription d =
        EventForm.read(form, List.of("mobility"), TAXONOMY, PARIS, EventCounts.NONE);
    assertThat(form.errors()).isEmpty();
    assertThat(d.type()).isEqualTo(EventType.IDEAS_EVENING);
    assertThat(d.title()).isEqualTo("Soirée des idées");
    assertThat(d.startsAt()).isEqualTo(LocalDateTime.of(2026, 12, 4, 18, 30));
    assertThat(d.timeZone()).isEqualTo(PARIS);
    assertThat(d.place().venueName()).isEqualTo("Salle des fêtes");
    assertThat(d.challengeIds()).containsExactly(12L, 15L);
    assertThat(d.themes()).containsExactly("mobility");
  }

  @Test
  void wrongFieldsGetTheirOwnMessagesAndTheDomainsRulesLandOnTheirField() {
    Map<String, List<String>> values = valid();
    values.put("event-type", List.of("PARTY"));
    values.put("event-startsAt", List.of("demain"));
    values.put("event-timeZone", List.of("Mars/Olympus"));
    values.put("event-challengeIds", List.of("douze"));
    PartsForm form = form(values);
    assertThat(EventForm.read(form, List.of("nope"), TAXONOMY, PARIS, EventCounts.NONE)).isNull();
    assertThat(form.errors())
        .containsOnlyKeys(
            "event-type", "event-startsAt", "event-timeZone", "event-challengeIds", "event-themes");
    assertThat(form.errors().get("event-startsAt")).contains("2026-12-04T18:30");

    values = valid();
    values.put("event-endsAt", List.of("2026-12-04T17:00"));
    form = form(values);
    assertThat(EventForm.read(form, List.of(), TAXONOMY, PARIS, EventCounts.NONE)).isNull();
    assertThat(form.errors()).containsOnlyKeys("event-endsAt");
    assertThat(form.errors().get("event-endsAt")).contains("après le début");

    values = valid();
    values.remove("event-venueName");
    form = form(values);
    assertThat(EventForm.read(form, List.of(), TAXONOMY, PARIS, EventCounts.NONE)).isNull();
    assertThat(form.errors()).containsOnlyKeys("event-venueName");
  }

  @Test
  void numbersAndDatesAreReadAsTheTeamTypesThem() {
    Map<String, List<String>> values = new HashMap<>();
    values.put("funding-amountEur", List.of("1 500,50"));
    values.put("funding-periodStart", List.of("2026-01-31"));
    values.put("funding-instrument", List.of("fse"));
    PartsForm form = new PartsForm(FormRequest.of(values), Locale.FRENCH, ProjectParts.FUNDING);
    assertThat(form.decimal("funding-amountEur", true)).isEqualByComparingTo("1500.50");
    assertThat(form.date("funding-periodStart", false)).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(form.date("funding-periodEnd", false)).isNull();
    assertThat(form.key("funding-instrument", TAXONOMY, TaxonomyScheme.FUNDING_INSTRUMENTS, true))
        .isEqualTo("fse");
    assertThat(form.valid()).isTrue();

    values.put("funding-amountEur", List.of("-3"));
    values.put("funding-periodStart", List.of("31/01/2026"));
    values.put("funding-instrument", List.of("lottery"));
    form = new PartsForm(FormRequest.of(values), Locale.ENGLISH, ProjectParts.FUNDING);
    assertThat(form.decimal("funding-amountEur", true)).isNull();
    assertThat(form.date("funding-periodStart", false)).isNull();
    assertThat(form.key("funding-instrument", TAXONOMY, TaxonomyScheme.FUNDING_INSTRUMENTS, true))
        .isNull();
    assertThat(form.date("funding-periodEnd", true)).isNull();
    assertThat(form.errors())
        .containsOnlyKeys(
            "funding-amountEur", "funding-periodStart", "funding-instrument", "funding-periodEnd");
    assertThat(form.errors().get("funding-periodEnd")).isEqualTo("This field is required.");

    // A rule of the domain, named by its place in the API's document, lands on the form's field.
    form.rule(new DomainRuleViolation("fundings[2].fseCode", "must be 9 digits"), "x");
    assertThat(form.errors().get("funding-fseCode")).contains("9 digits");
  }
}
