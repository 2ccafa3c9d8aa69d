// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.infrastructure.federation.publishing.WireFixtures.NOW;
import static org.essaim.node.infrastructure.federation.publishing.WireFixtures.URLS;

import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.collective.CollectiveMember;
import org.essaim.node.domain.model.collective.MemberRole;
import org.essaim.node.domain.model.dream.ContributorType;
import org.essaim.node.domain.model.dream.Dream;
import org.essaim.node.domain.model.dream.DreamSubmission;
import org.essaim.node.domain.model.figures.SmallCountSuppression;
import org.essaim.node.domain.model.figures.TerritoryFigures;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationProfile;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The guard: whatever the texts, nothing personal leaves the node. Every outbound type is built,
 * many times over with a seeded generator, from domain objects whose every text field holds a
 * unique sentinel — the public ones (titles, summaries, descriptions, public organisations' names)
 * and the personal or local ones held in or around the same aggregates (funding lines, impact
 * notes, défi statements and the dreams they group with their contacts, collective members' names,
 * e-mails and phones, sheet authors and change notes, solution cost notes, organisations whose
 * record is not PUBLIC). Each is mapped, addressed, signed and wrapped in its Create exactly as the
 * publisher does, serialised, and searched: no personal sentinel may appear, every public one must
 * (so this test can fail).
 */
class NoPersonalDataOnTheWireTest {

  private static final int ITERATIONS = 150;
  private static final KeyPair KEY = KeyPairs.generateEd25519();

  private final Random random = new Random(20261123L);
  private int counter;

  private String sentinel(String prefix) {
    StringBuilder s = new StringBuilder(prefix).append(counter++).append('x');
    int length = 6 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private Visibility shared() {
    return random.nextBoolean() ? Visibility.PUBLIC : Visibility.NETWORK;
  }

  @Test
  void noPersonalSentinelEverAppearsAndEveryPublicOneDoes() {
    for (int i = 0; i < ITERATIONS; i++) {
      List<String> publicTexts = new ArrayList<>();
      List<String> personal = new ArrayList<>();
      StringBuilder wire = new StringBuilder();

      // Organisations: one PUBLIC (named on the wire), one NODE_PUBLIC, one PRIVATE (never).
      Map<Long, Organization> directory = new HashMap<>();
      String publicOrg = sentinel("PUBORG");
      publicTexts.add(publicOrg);
      directory.put(1L, organization(publicOrg, Visibility.PUBLIC, personal));
      String hiddenOrg = sentinel("PRIVORG");
      personal.add(hiddenOrg);
      directory.put(
          2L,
          organization(
              hiddenOrg,
              random.nextBoolean() ? Visibility.NODE_PUBLIC : Visibility.PRIVATE,
              personal));
      WireObjects.Context context =
          new WireObjects.Context(
              URLS,
              id -> Optional.ofNullable(directory.get(id)).flatMap(SharedObjects::wireOrganization),
              id -> true);

      // A project, with its funding and impact notes, and a collective around it.
      String title = sentinel("PUBTITLE");
      String summary = sentinel("PUBSUMMARY");
      String description = sentinel("PUBDESC");
      String funding = sentinel("PRIVFUND");
      String impact = sentinel("PRIVIMPACT");
      publicTexts.addAll(List.of(title, summary, description));
      personal.addAll(List.of(funding, impact, funding + "-cofunder"));
      Visibility projectVisibility = shared();
      wire.append(
          publish(
              ShareableKind.PROJECT,
              projectVisibility,
              WireObjects.project(
                  context,
                  12,
                  WireFixtures.project(
                      title, summary, description, funding, impact, projectVisibility))));
      String memberName = sentinel("PRIVMEMBER");
      String memberEmail = sentinel("privmail") + "@example.org";
      String memberPhone = "06" + (10_000_000 + random.nextInt(89_999_999));
      personal.addAll(List.of(memberName, memberEmail, memberPhone));
      new CollectiveMember(
          1L,
          null,
          memberName,
          memberEmail,
          memberPhone,
          true,
          MemberRole.PORTEUR,
          LocalDate.parse("2026-01-01"),
          NOW);

      // A défi grouping a dream whose author left a contact.
      String challengeTitle = sentinel("PUBCHALLENGE");
      String statement = sentinel("PRIVSTATEMENT");
      String dreamText = sentinel("PRIVDREAM");
      String dreamEmail = sentinel("privdream") + "@example.org";
      publicTexts.add(challengeTitle);
      personal.addAll(List.of(statement, dreamText, dreamEmail));
      Challenge challenge = WireFixtures.challenge(challengeTitle, statement);
      Dream dream =
          new Dream(
              1L,
              new DreamSubmission(
                  dreamText,
                  List.of("mobility"),
                  null,
                  ContributorType.INHABITANT,
                  null,
                  dreamEmail,
                  null,
                  true),
              NOW);
      WireFixtures.setId(dream, 77L);
      tryToGroup(challenge, dream);
      wire.append(
          publish(
              ShareableKind.CHALLENGE,
              challenge.visibility(),
              WireObjects.challenge(context, 9, challenge)));

      // A method sheet: its authors' usernames and change notes stay local.
      String sheetTitle = sentinel("PUBSHEET");
      String sheetSummary = sentinel("PUBSHEETSUM");
      String body = sentinel("PUBBODY");
      String author = sentinel("privauthor");
      String note = sentinel("PRIVNOTE");
      publicTexts.addAll(List.of(sheetTitle, sheetSummary, body));
      personal.addAll(List.of(author, note));
      WireFixtures.Sheet sheet =
          WireFixtures.publishedSheet(sheetTitle, sheetSummary, body, author, note, "Lons");
      wire.append(
          publish(
              ShareableKind.METHOD_SHEET,
              Visibility.PUBLIC,
              WireObjects.methodSheet(context, sheet.sheet(), sheet.version())));

      // A transferable solution: its cost note stays local.
      String solutionTitle = sentinel("PUBSOLUTION");
      String problem = sentinel("PUBPROBLEM");
      String model = sentinel("PUBMODEL");
      String prerequisites = sentinel("PUBPREREQ");
      String costs = sentinel("PRIVCOSTS");
      publicTexts.addAll(List.of(solutionTitle, problem, model, prerequisites));
      personal.add(costs);
      wire.append(
          publish(
              ShareableKind.TRANSFERABLE_SOLUTION,
              Visibility.NETWORK,
              WireObjects.solution(
                  context,
                  4,
                  WireFixtures.solution(solutionTitle, problem, model, prerequisites, costs))));

      // An event.
      String eventTitle = sentinel("PUBEVENT");
      String eventText = sentinel("PUBEVENTDESC");
      String venue = sentinel("PUBVENUE");
      publicTexts.addAll(List.of(eventTitle, eventText, venue));
      wire.append(
          publish(
              ShareableKind.EVENT,
              Visibility.PUBLIC,
              WireObjects.event(
                  context, 8, WireFixtures.event(eventTitle, eventText, venue, shared()))));

      String json = wire.toString();
      for (String text : personal) {
        assertThat(json).as("iteration %d: personal text on the wire", i).doesNotContain(text);
      }
      for (String text : publicTexts) {
        assertThat(json).as("iteration %d: public text missing", i).contains(text);
      }
    }
  }

  /** What the publisher sends: the object addressed, signed, embedded in its Create. */
  private static String publish(ShareableKind kind, Visibility audience, AsObject object) {
    SharedObject shared =
        new SharedObject(
            URLS.object(kind, 1),
            PublishedKind.of(kind),
            1,
            audience,
            WireObjects.withTimes(object, NOW, NOW));
    JsonObject signed =
        WireDocuments.signed(
            Publisher.addressed(shared, URLS), KEY.getPrivate(), URLS.territoryEd25519Key(), NOW);
    Activity create =
        Activity.builder(ActivityType.CREATE)
            .id(URLS.activity(java.util.UUID.randomUUID()))
            .actor(URLS.territoryActor())
            .object(shared.address())
            .to(URLS.territoryFollowers())
            .published(NOW)
            .build();
    return WireDocuments.text(signed) + WireDocuments.text(WireDocuments.activity(create, signed));
  }

  private Organization organization(String name, Visibility visibility, List<String> personal) {
    String presentation = sentinel("PRIVPRESENTATION");
    personal.add(presentation);
    return new Organization(
        new OrganizationProfile(
            name, null, null, List.of(), null, presentation, null, null, null, visibility),
        visibility,
        NOW);
  }

  private static void tryToGroup(Challenge challenge, Dream dream) {
    try {
      challenge.group(dream, NOW);
    } catch (RuntimeException e) {
      // A dream not moderated yet is not grouped: the défi still holds the statement.
    }
  }

  /** Key figures: counts and codes only, and no count about 1 to 4 people or projects. */
  @Test
  void keyFiguresCarryOnlyCountsAndNoSmallOne() {
    java.util.Set<String> allowed =
        java.util.Set.of(
            "@context",
            "id",
            "type",
            "attributedTo",
            "territory",
            "period",
            "participants",
            "engagedPeople",
            "projectsSupported",
            "jobsCreated",
            "dreams",
            "challenges",
            "projectsByStage",
            "projectsByTheme",
            "published",
            "updated",
            "to",
            "cc",
            "proof");
    boolean sawLargeCount = false;
    for (int i = 0; i < ITERATIONS; i++) {
      Map<String, Long> stages = new java.util.LinkedHashMap<>();
      for (String stage : List.of("idea", "first-steps", "creation", "launched")) {
        stages.put(stage, (long) random.nextInt(12));
      }
      Map<String, Long> themes = new java.util.LinkedHashMap<>();
      for (String theme : List.of("food", "mobility", "housing")) {
        themes.put(theme, (long) random.nextInt(12));
      }
      org.essaim.node.domain.model.figures.KeyFigures domain =
          new org.essaim.node.domain.model.figures.KeyFigures(
              NOW,
              random.nextInt(3),
              SmallCountSuppression.total(random.nextInt(12)),
              List.of(),
              random.nextInt(12),
              random.nextInt(3),
              random.nextInt(3),
              SmallCountSuppression.total(random.nextInt(12)),
              SmallCountSuppression.total(random.nextInt(12)),
              SmallCountSuppression.total(random.nextInt(12)),
              random.nextInt(12),
              random.nextInt(12),
              SmallCountSuppression.breakdown(stages),
              SmallCountSuppression.breakdown(themes),
              java.math.BigDecimal.valueOf(random.nextInt(12)),
              java.math.BigDecimal.ZERO);
      java.net.URI address = URLS.object(PublishedKind.KEY_FIGURES, 1);
      AsObject object =
          org.essaim.node.infrastructure.federation.figures.KeyFiguresWire.of(
                  address,
                  URLS.territoryActor(),
                  TerritoryFigures.of(domain, java.time.ZoneId.of("Europe/Paris")))
              .toAsObject();
      SharedObject shared =
          new SharedObject(
              address,
              PublishedKind.KEY_FIGURES,
              1,
              Visibility.PUBLIC,
              WireObjects.withTimes(object, NOW, NOW));
      JsonObject signed =
          WireDocuments.signed(
              Publisher.addressed(shared, URLS), KEY.getPrivate(), URLS.territoryEd25519Key(), NOW);
      assertThat(signed.keySet()).isSubsetOf(allowed);
      for (String people : List.of("participants", "engagedPeople", "dreams")) {
        if (signed.containsKey(people)) {
          long n = signed.getJsonNumber(people).longValue();
          assertThat(n).as(people).matches(v -> v == 0 || v >= SmallCountSuppression.K);
          sawLargeCount |= n >= SmallCountSuppression.K;
        }
      }
      for (String breakdown : List.of("projectsByStage", "projectsByTheme")) {
        for (jakarta.json.JsonValue cell : signed.getJsonArray(breakdown)) {
          JsonObject group = cell.asJsonObject();
          assertThat(group.keySet())
              .isSubsetOf(java.util.Set.of("stage", "theme", "projectsSupported"));
          if (group.containsKey("projectsSupported")) {
            long n = group.getJsonNumber("projectsSupported").longValue();
            assertThat(n).as(breakdown).matches(v -> v == 0 || v >= SmallCountSuppression.K);
          }
        }
      }
    }
    assertThat(sawLargeCount).as("counts of 5 and more are published").isTrue();
  }

  /**
   * The national actor's authority objects: territories by actor only, never a name, a committee's
   * notes or criteria, nor a module or anything about people.
   */
  @Test
  void authorityObjectsCarryTerritoriesByActorOnly() {
    java.net.URI miramas = java.net.URI.create("https://essaim.miramas.example/actors/territory");
    java.net.URI caen = java.net.URI.create("https://essaim.caen.example/actors/territory");
    String notes = sentinel("PRIVNOTES");
    String moduleTitle = sentinel("PRIVMODULE");
    org.essaim.node.domain.model.registry.CommitteeReview review =
        new org.essaim.node.domain.model.registry.CommitteeReview(
            1,
            org.essaim.node.domain.model.registry.CommitteeKind.ELIGIBILITY,
            LocalDate.of(2024, 10, 10),
            List.of(
                new org.essaim.node.domain.model.registry.CriterionAssessment(
                    "c",
                    org.essaim.node.domain.model.registry.Criterion.CORE_TEAM_DIVERSE,
                    true,
                    notes),
                new org.essaim.node.domain.model.registry.CriterionAssessment(
                    "c", org.essaim.node.domain.model.registry.Criterion.SHARED_DREAM, true, null),
                new org.essaim.node.domain.model.registry.CriterionAssessment(
                    "c",
                    org.essaim.node.domain.model.registry.Criterion.LOCAL_RESOURCES,
                    true,
                    null)),
            org.essaim.node.domain.model.registry.CommitteeDecision.ELIGIBLE,
            notes,
            "admin",
            NOW);
    org.essaim.node.domain.model.registry.PromoTerms terms =
        new org.essaim.node.domain.model.registry.PromoTerms(
            2,
            "Promo 2",
            "2024-2025",
            6,
            review.committeeDate(),
            List.of(1L),
            List.of(
                new org.essaim.node.domain.model.registry.PromoModule(
                    "m",
                    moduleTitle,
                    org.essaim.node.domain.model.registry.ModuleFormat.VISIO_3H,
                    1L,
                    true)));
    org.essaim.node.domain.model.registry.IssuedAttestation attestation =
        new org.essaim.node.domain.model.registry.IssuedAttestation(
            1, miramas, LocalDate.of(2024, 4, 15), 2L, NOW);
    Map<PublishedKind, AsObject> objects = new java.util.EnumMap<>(PublishedKind.class);
    objects.put(
        PublishedKind.LABEL_ATTESTATION,
        org.essaim.node.infrastructure.federation.registry.RegistryWire.attestation(
            URLS, 1, attestation, true));
    objects.put(
        PublishedKind.PROMO,
        org.essaim.node.infrastructure.federation.registry.RegistryWire.promo(
                URLS, 2, terms, List.of(caen), List.of(miramas))
            .toAsObject());
    objects.put(
        PublishedKind.SPONSORSHIP,
        org.essaim.node.infrastructure.federation.registry.RegistryWire.sponsorship(
                URLS, 3, miramas, caen, 2L, "2024-2025", "ACTIVE")
            .toAsObject());
    java.util.Set<String> allowed =
        java.util.Set.of(
            "@context",
            "id",
            "type",
            "attributedTo",
            "territory",
            "labelStatus",
            "labelDate",
            "promo",
            "promoNumber",
            "name",
            "nameMap",
            "period",
            "durationMonths",
            "member",
            "coAnimatingTerritory",
            "sponsor",
            "sponsee",
            "status",
            "published",
            "updated",
            "to",
            "cc",
            "proof");
    for (Map.Entry<PublishedKind, AsObject> e : objects.entrySet()) {
      SharedObject shared =
          new SharedObject(
              URLS.object(e.getKey(), 1),
              e.getKey(),
              1,
              e.getKey() == PublishedKind.LABEL_ATTESTATION
                  ? Visibility.PUBLIC
                  : Visibility.NETWORK,
              e.getValue());
      JsonObject signed =
          WireDocuments.signed(
              Publisher.addressed(shared, URLS), KEY.getPrivate(), URLS.territoryEd25519Key(), NOW);
      assertThat(signed.keySet()).as(e.getKey().name()).isSubsetOf(allowed);
      String json = WireDocuments.text(signed);
      assertThat(json).doesNotContain(notes).doesNotContain(moduleTitle).doesNotContain("admin");
      assertThat(json).contains(miramas.toString());
    }
  }
}
