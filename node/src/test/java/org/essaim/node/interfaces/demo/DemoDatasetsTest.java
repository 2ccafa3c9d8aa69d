// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.infrastructure.taxonomy.TaxonomyCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped dataset goes, dry, through the very conversions the API applies (Bean Validation,
 * assemblers, taxonomy), its references resolve, and nothing in it looks like personal data.
 */
class DemoDatasetsTest {

  private static final Taxonomy TAXONOMY = new TaxonomyCatalog().taxonomy();
  private static ValidatorFactory factory;
  private static Validator validator;

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
  private static final Pattern PHONE =
      Pattern.compile("(\\+\\d{2,3}[ .]?|\\b0)[1-9]([ .-]?\\d{2}){4}\\b");
  private static final Pattern HONORIFIC =
      Pattern.compile("\\b(M\\.|Mme|Mlle|Monsieur|Madame|Dr\\.?|Me) [A-ZÉ][a-zéèêëïîôç-]+");
  // « Prénom NOM », as the seeds print the people they quote.
  private static final Pattern FIRST_LAST =
      Pattern.compile("\\b[A-ZÉ][a-zéèêëïîôç]+ [A-ZÉÈ]{3,}[A-ZÉÈ-]*\\b");
  private static final Set<String> ACRONYMS_AFTER_A_WORD =
      Set.of(
          "PTCE", "CRESS", "FSE", "BTP", "ESS", "SCIC", "GAIA", "ATIS", "UNA", "ARCHIBON", "RTE");
  // The people the seeds quote by name: none may appear.
  private static final List<String> SEED_PEOPLE =
      List.of(
          "Chevalier",
          "Perrot",
          "Rozier",
          "Langevin",
          "Coulon",
          "Marion",
          "Riaublanc",
          "Corzani",
          "Bertille");
  private static final Set<String> PERSONAL_KEYS =
      Set.of(
          "contactEmail",
          "contactPhone",
          "roleMailbox",
          "publicContact",
          "person",
          "firstName",
          "displayName",
          "email",
          "phone");

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  static List<String> datasets() {
    return DemoDatasets.NAMES;
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void convertsAsTheApiWouldAndEveryReferenceResolves(String name) {
    JsonObject dataset = DemoDatasets.read(name).orElseThrow();
    assertThat(dataset.getString("dataset")).isEqualTo(name);

    DemoReport report = dryRun(name, dataset);

    assertThat(report.loaded())
        .containsKeys(
            "territory",
            "organizations",
            "campaigns",
            "projects",
            "events",
            "methodSheets",
            "transferableSolutions",
            "collectives",
            "accompaniments")
        .allSatisfy((section, count) -> assertThat(count).as(section).isPositive());
    assertThat(report.skipped()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void eventsAreHeldInThePastAndPlannedOnesComeAfter(String name) {
    JsonObject dataset = DemoDatasets.read(name).orElseThrow();
    int held = 0;
    int planned = 0;
    Instant lastHeld = null;
    Instant firstPlanned = null;
    for (JsonValue value : dataset.getJsonArray("events")) {
      JsonObject event = value.asJsonObject();
      String ref = event.getString("ref");
      ZoneId zone = ZoneId.of(event.getString("timeZone"));
      assertThat(zone.getId()).as(ref).isIn("Europe/Paris", "Europe/Luxembourg");
      Instant start = LocalDateTime.parse(event.getString("startsAt")).atZone(zone).toInstant();
      boolean isHeld =
          event.getJsonArray("transitions") != null
              && event.getJsonArray("transitions").getString(0).equals("HELD");
      if (isHeld) {
        // HELD is refused before the start: a past event only.
        assertThat(start).as(ref).isBefore(Instant.now());
        held++;
        lastHeld = lastHeld == null || start.isAfter(lastHeld) ? start : lastHeld;
      } else {
        // The dataset's story: what is still planned comes after what was held. (Not "after
        // now": planned demo events may pass, and the loader leaves them PLANNED all the same.)
        firstPlanned = firstPlanned == null || start.isBefore(firstPlanned) ? start : firstPlanned;
        planned++;
      }
    }
    assertThat(held).isPositive();
    assertThat(planned).isPositive();
    assertThat(firstPlanned).as("planned events come after the held ones").isAfter(lastHeld);
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void sheetsAndSolutionsArePublished(String name) {
    JsonObject dataset = DemoDatasets.read(name).orElseThrow();
    assertThat(dataset.getJsonArray("methodSheets").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            sheet -> {
              assertThat(sheet.getJsonArray("transitions").getValuesAs(JsonString.class))
                  .extracting(JsonString::getString)
                  .containsExactly("IN_REVIEW", "PUBLISHED");
              assertThat(sheet.getString("visibility")).isEqualTo("PUBLIC");
              assertThat(sheet.getString("bodyMarkdown"))
                  .contains("\n\n", "\n- ", "](https://")
                  .hasSizeGreaterThan(400);
            });
    assertThat(dataset.getJsonArray("transferableSolutions").stream().map(JsonValue::asJsonObject))
        .allSatisfy(
            solution -> {
              assertThat(solution.getJsonArray("transitions").getString(0)).isEqualTo("PUBLISHED");
              assertThat(solution.getJsonArray("keySuccessFactors")).isNotEmpty();
              assertThat(solution.getJsonArray("watchPoints")).isNotEmpty();
            });
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void collectivesAreMadeOfOrganisationsOnly(String name) {
    JsonObject dataset = DemoDatasets.read(name).orElseThrow();
    Set<String> organizations = refs(dataset, "organizations");
    for (JsonValue value : dataset.getJsonArray("collectives")) {
      for (JsonValue member : value.asJsonObject().getJsonArray("members")) {
        assertThat(member.asJsonObject().keySet())
            .doesNotContain("displayName", "email", "phone", "contactConsent");
        assertThat(organizations).contains(member.asJsonObject().getString("organization"));
      }
    }
    for (JsonValue value : dataset.getJsonArray("accompaniments")) {
      assertThat(organizations).contains(value.asJsonObject().getString("provider"));
    }
  }

  @Test
  void aPersonMemberIsRefused() {
    JsonObject grenoble = DemoDatasets.read("grenoble").orElseThrow();
    JsonObject collective = grenoble.getJsonArray("collectives").getJsonObject(0);
    JsonObject withPerson =
        Json.createObjectBuilder(grenoble)
            .add(
                "collectives",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder(collective)
                            .add(
                                "members",
                                Json.createArrayBuilder(collective.getJsonArray("members"))
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("displayName", "Camille")
                                            .add("role", "BENEVOLE")))))
            .build();
    assertThatThrownBy(() -> dryRun("grenoble", withPerson))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors().get(0).field())
                    .isEqualTo("collectives[0].members[2].displayName"));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void holdsNoPersonalData(String name) {
    List<String> found = new ArrayList<>();
    scan("", DemoDatasets.read(name).orElseThrow(), found);
    assertThat(found).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void mixesVisibilities(String name) {
    JsonObject dataset = DemoDatasets.read(name).orElseThrow();
    Set<String> visibilities = new HashSet<>();
    for (String section : List.of("projects", "challenges", "organizations")) {
      dataset.getJsonArray(section).stream()
          .map(v -> v.asJsonObject().getString("visibility", "NODE_PUBLIC"))
          .forEach(visibilities::add);
    }
    assertThat(visibilities).contains("PUBLIC", "NODE_PUBLIC", "NETWORK", "PRIVATE");
  }

  @Test
  void oneDatasetIsRich() {
    JsonObject rich = DemoDatasets.read("meurthe-et-moselle").orElseThrow();
    assertThat(rich.getJsonArray("campaigns")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rich.getJsonArray("dreams")).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rich.getJsonArray("challenges")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(rich.getJsonArray("projects")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(rich.getJsonArray("events")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(
            rich.getJsonArray("events").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.containsKey("counts"))
                .map(e -> e.getString("type")))
        .contains("DREAM_COLLECTION", "IDEATION_EVENING");
    assertThat(rich.getJsonArray("methodSheets")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rich.getJsonArray("transferableSolutions")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(
            rich.getJsonArray("projects").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("fundings").stream())
                .map(f -> f.asJsonObject().getString("fseCode", ""))
                .filter(code -> !code.isEmpty()))
        .isNotEmpty();
  }

  @Test
  void aFaultyEntryIsNamedAndAnUnknownSectionRefused() {
    JsonObject grenoble = DemoDatasets.read("grenoble").orElseThrow();
    JsonObject badTheme =
        Json.createObjectBuilder(grenoble)
            .add(
                "projects",
                Json.createArrayBuilder(grenoble.getJsonArray("projects"))
                    .set(
                        0,
                        Json.createObjectBuilder(grenoble.getJsonArray("projects").getJsonObject(0))
                            .add("themes", Json.createArrayBuilder().add("no-such-theme"))))
            .build();
    assertThatThrownBy(() -> dryRun("grenoble", badTheme))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .anySatisfy(f -> assertThat(f.field()).startsWith("projects[0].themes")));

    JsonObject danglingRef =
        Json.createObjectBuilder(grenoble)
            .add(
                "partners",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("organization", "nobody")
                            .add("inCircle", false)))
            .build();
    assertThatThrownBy(() -> dryRun("grenoble", danglingRef))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors().get(0).field())
                    .isEqualTo("partners[0].organization"));

    JsonObject unknownSection =
        Json.createObjectBuilder(grenoble).add("volunteers", Json.createArrayBuilder()).build();
    assertThatThrownBy(() -> dryRun("grenoble", unknownSection))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void noDatasetByAnUnknownName() {
    assertThat(DemoDatasets.read("atlantis")).isEmpty();
    assertThat(DemoDatasets.read("../META-INF/microprofile-config")).isEmpty();
  }

  private static DemoReport dryRun(String name, JsonObject dataset) {
    List<DemoStep> steps = new ArrayList<>();
    for (Class<? extends DemoStep> type : DemoSteps.ALL) {
      try {
        steps.add(type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return DemoDataLoader.run(name, dataset, steps, new DemoContext(validator, TAXONOMY, true));
  }

  private static Set<String> refs(JsonObject dataset, String section) {
    Set<String> refs = new HashSet<>();
    dataset.getJsonArray(section).forEach(v -> refs.add(v.asJsonObject().getString("ref")));
    return refs;
  }

  private static void scan(String path, JsonValue value, List<String> found) {
    switch (value.getValueType()) {
      case OBJECT -> {
        for (var e : value.asJsonObject().entrySet()) {
          if (PERSONAL_KEYS.contains(e.getKey())) {
            found.add(path + "." + e.getKey() + ": a personal-data field");
          }
          scan(path + "." + e.getKey(), e.getValue(), found);
        }
      }
      case ARRAY -> {
        int i = 0;
        for (JsonValue v : value.asJsonArray()) {
          scan(path + "[" + i++ + "]", v, found);
        }
      }
      case STRING -> check(path, ((JsonString) value).getString(), found);
      default -> {}
    }
  }

  private static void check(String path, String text, List<String> found) {
    if (EMAIL.matcher(text).find()) {
      found.add(path + ": looks like an email address: " + text);
    }
    if (PHONE.matcher(text).find()) {
      found.add(path + ": looks like a phone number: " + text);
    }
    if (HONORIFIC.matcher(text).find()) {
      found.add(path + ": names a person: " + text);
    }
    var firstLast = FIRST_LAST.matcher(text);
    while (firstLast.find()) {
      String last = firstLast.group().substring(firstLast.group().indexOf(' ') + 1);
      if (!ACRONYMS_AFTER_A_WORD.contains(last)) {
        found.add(path + ": looks like « Prénom NOM »: " + firstLast.group());
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String person : SEED_PEOPLE) {
      if (Pattern.compile("\\b" + person.toLowerCase(Locale.ROOT) + "\\b").matcher(lower).find()) {
        found.add(path + ": names a person quoted in the seeds: " + person);
      }
    }
  }
}
