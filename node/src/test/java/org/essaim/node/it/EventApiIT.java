// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.it.TerritoryApiIT.assertProblem;
import static org.essaim.node.testsupport.HttpCalls.json;
import static org.essaim.node.testsupport.HttpCalls.request;
import static org.essaim.node.testsupport.HttpCalls.send;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.essaim.node.testsupport.ICalendars;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events on one real node: counts and links, time zones (Europe/Paris, Europe/Luxembourg,
 * America/Cayenne), the PLANNED → HELD / CANCELLED machine, ETags, credentials, what the public
 * reads, and the iCalendar exports read back by ical4j. Tests share the node, so each uses titles
 * and words of its own.
 */
class EventApiIT {

  private static final String EDITOR = "animateur-soirees";
  private static final String EDITOR_PASSWORD = "animateur-soirees-secret";
  private static final String NO_ROLE = "ancien-benevole";

  static NodeProcess node;

  @BeforeAll
  static void useTheSharedNode() throws Exception {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    // An account whose roles were all taken away: signed in, allowed nothing.
    node.createAccountWithoutRole(NO_ROLE, EDITOR);
  }

  // --- the Lons soirée, end to end -------------------------------------------------------------

  @Test
  void theLonsSoireeWithItsDefisIdeasAndCounts() {
    long campaign = campaign("Crépîte 2024 (événements)");
    long challenge = challenge(campaign, "Se nourrir localement");
    long other = challenge(campaign, "Se déplacer sans voiture");
    long idea = solutionIdea(challenge, "Une épicerie participative");

    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/events",
            """
            {"type":"IDEATION_EVENING","title":"Crépîte, grande soirée d'idéation",
             "description":"15 défis travaillés en tables; forum présentant 19 solutions.",
             "startsAt":"2024-09-13T18:30","endsAt":"2024-09-13T22:30",
             "place":{"venueName":"Salle des fêtes","commune":"Lons-le-Saunier"},
             "campaignId":%d,"challengeIds":[%d,%d,%d],"solutionIdeaIds":[%d],
             "themes":["food"],
             "counts":{"contributorCount":174,"wantToGetInvolvedCount":49,"wantToCarryCount":24,
               "solutionsPresentedCount":19,"totalAttendance":250,"tables":15}}
            """
                .formatted(campaign, other, challenge, other, idea));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject event = json(created);
    long id = id(event);
    assertThat(event.getString("type")).isEqualTo("IDEATION_EVENING");
    assertThat(event.getString("typeLabel")).isEqualTo("Soirée d'idéation");
    assertThat(event.getString("timeZone")).isEqualTo("Europe/Paris"); // the territory's
    assertThat(event.getString("startsAt")).isEqualTo("2024-09-13T18:30");
    assertThat(event.getString("startsAtUtc")).isEqualTo("2024-09-13T16:30:00Z");
    assertThat(event.getString("state")).isEqualTo("PLANNED");
    assertThat(event.getBoolean("countsFinal")).isFalse();
    assertThat(event.getString("visibility")).isEqualTo("NODE_PUBLIC");
    assertThat(event.getJsonNumber("campaignId").longValue()).isEqualTo(campaign);
    assertThat(longs(event, "challengeIds")).containsExactly(challenge, other);
    assertThat(longs(event, "solutionIdeaIds")).containsExactly(idea);
    JsonObject counts = event.getJsonObject("counts");
    assertThat(counts.getInt("contributorCount")).isEqualTo(174);
    assertThat(counts.getInt("totalAttendance")).isEqualTo(250);
    assertThat(counts.containsKey("dreamCount")).isFalse();

    // The public reads it: counts only, no people.
    JsonObject read = json(node.get("/api/events/" + id));
    assertThat(read.getJsonObject("counts").getInt("wantToCarryCount")).isEqualTo(24);
    assertThat(read.keySet())
        .doesNotContain("participants", "attendees", "contributors", "registrations");

    // Update with the ETag; a stale one is refused.
    String updated =
        """
        {"type":"IDEATION_EVENING","title":"Crépîte","startsAt":"2024-09-13T18:30",
         "endsAt":"2024-09-13T23:00","timeZone":"Europe/Paris",
         "place":{"venueName":"Salle des fêtes","commune":"Lons-le-Saunier"},
         "campaignId":%d,"challengeIds":[%d],"visibility":"PUBLIC",
         "counts":{"contributorCount":174,"totalAttendance":252,"tables":15}}
        """
            .formatted(campaign, challenge);
    HttpResponse<String> put = ifMatch("PUT", "/api/events/" + id, updated, etag);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(json(put).getJsonObject("counts").getInt("totalAttendance")).isEqualTo(252);
    assertProblem(ifMatch("PUT", "/api/events/" + id, updated, etag), 412);
    assertProblem(
        ifMatch("POST", "/api/events/" + id + "/transitions", "{\"to\":\"HELD\"}", etag), 412);

    // It took place: HELD, counts final; HELD is final.
    HttpResponse<String> held = transition(id, "HELD");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    assertThat(json(held).getString("state")).isEqualTo("HELD");
    assertThat(json(held).getBoolean("countsFinal")).isTrue();
    JsonObject refused = assertProblem(transition(id, "CANCELLED"), 409);
    assertThat(refused.getString("detail")).contains("HELD is final");
    assertProblem(transition(id, "SOMEDAY"), 400);

    assertThat(asEditor("DELETE", "/api/events/" + id, "").statusCode()).isEqualTo(204);
    assertProblem(node.get("/api/events/" + id), 404);
    assertProblem(node.get("/api/events/" + id + ".ics"), 404);
  }

  @Test
  void aFutureEventIsNotHeldYetAndACancelledOneKeepsNoCounts() {
    int year = Year.now().getValue() + 1;
    long id =
        create(
            event(
                "LAUNCH",
                "Lancement de la saison",
                year + "-02-10T18:00",
                year + "-02-10T20:00",
                "Europe/Paris",
                "\"counts\":{\"participantCount\":40}"));
    JsonObject early = assertProblem(transition(id, "HELD"), 409);
    assertThat(early.getString("detail")).contains("only once it has started");
    HttpResponse<String> cancelled = transition(id, "CANCELLED");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(json(cancelled).getJsonObject("counts").containsKey("participantCount")).isFalse();
    assertProblem(transition(id, "PLANNED"), 409);
    JsonObject noCounts =
        assertProblem(
            asEditor(
                "PUT",
                "/api/events/" + id,
                event(
                    "LAUNCH",
                    "Lancement de la saison (annulé)",
                    year + "-02-10T18:00",
                    year + "-02-10T20:00",
                    "Europe/Paris",
                    "\"counts\":{\"participantCount\":40}")),
            400);
    assertThat(fields(noCounts)).containsExactly("counts");
  }

  // --- time zones ------------------------------------------------------------------------------

  @Test
  void territoryTimeZonesAndRejectedOnes() {
    JsonObject cayenne =
        json(
            asEditor(
                "POST",
                "/api/events",
                event(
                    "DREAM_COLLECTION",
                    "Remontée des rêves à Cayenne",
                    "2024-06-08T10:00",
                    "2024-06-08T12:00",
                    "America/Cayenne",
                    "\"collectionFormat\":\"STAND\",\"counts\":{\"dreamCount\":86}")));
    assertThat(cayenne.getString("startsAtUtc")).isEqualTo("2024-06-08T13:00:00Z");
    assertThat(cayenne.getString("collectionFormat")).isEqualTo("STAND");
    assertThat(cayenne.getJsonObject("counts").getInt("dreamCount")).isEqualTo(86);
    JsonObject luxembourg =
        json(
            asEditor(
                "POST",
                "/api/events",
                event(
                    "IDEATION_EVENING",
                    "Boost Lokal Lëtzebuerg",
                    "2024-06-06T18:00",
                    "2024-06-06T22:00",
                    "Europe/Luxembourg",
                    null)));
    assertThat(luxembourg.getString("startsAtUtc")).isEqualTo("2024-06-06T16:00:00Z");

    for (String zone : List.of("Mars/Olympus_Mons", "+02:00", "UTC+2", "Paris")) {
      assertThat(
              fields(
                  assertProblem(
                      asEditor(
                          "POST",
                          "/api/events",
                          event(
                              "WORKSHOP",
                              "Atelier",
                              "2024-06-01T10:00",
                              "2024-06-01T12:00",
                              zone,
                              null)),
                      400)))
          .as(zone)
          .containsExactly("timeZone");
    }
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        event(
                            "WORKSHOP",
                            "Atelier",
                            "2024-06-01T12:00",
                            "2024-06-01T10:00",
                            "Europe/Paris",
                            null)),
                    400)))
        .containsExactly("endsAt");
    // 02:30 does not exist in Paris on the night the clocks go forward.
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        event(
                            "WORKSHOP",
                            "Atelier",
                            "2024-03-31T02:30",
                            "2024-03-31T05:00",
                            "Europe/Paris",
                            null)),
                    400)))
        .containsExactly("startsAt");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        event(
                            "WORKSHOP",
                            "Atelier",
                            "2024-06-01T10:00+02:00",
                            "demain",
                            "Europe/Paris",
                            null)),
                    400)))
        .containsExactly("endsAt", "startsAt");
  }

  // --- invalid input ---------------------------------------------------------------------------

  @Test
  void invalidInputIsRefusedWithFieldErrorsAndNothingIsWritten() {
    long before =
        json(asEditor("GET", "/api/events?size=1", "")).getJsonNumber("totalItems").longValue();
    JsonObject many =
        assertProblem(
            asEditor(
                "POST",
                "/api/events",
                """
                {"type":"BAL_MASQUE","title":"","startsAt":"2024-06-01T10:00",
                 "endsAt":"2024-06-01T12:00","themes":["food","cuisine-moleculaire"],
                 "collectionFormat":"PIGEON","visibility":"SECRET",
                 "place":{"commune":"Lons-le-Saunier"},"counts":{"tables":-15}}
                """),
            400);
    assertThat(fields(many))
        .contains("collectionFormat", "counts.tables", "themes[1]", "title", "type", "visibility");

    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        event(
                            "IDEATION_EVENING",
                            "Soirée",
                            "2024-06-01T18:00",
                            "2024-06-01T22:00",
                            null,
                            "\"campaignId\":999999,\"challengeIds\":[999998],"
                                + "\"solutionIdeaIds\":[999997]")),
                    400)))
        .containsExactly("campaignId", "challengeIds[0]", "solutionIdeaIds[0]");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        event(
                            "IDEATION_EVENING",
                            "Soirée",
                            "2024-06-01T18:00",
                            "2024-06-01T22:00",
                            null,
                            "\"collectionFormat\":\"STAND\"")),
                    400)))
        .containsExactly("collectionFormat");
    assertThat(
            fields(
                assertProblem(
                    asEditor(
                        "POST",
                        "/api/events",
                        "{\"type\":\"CONFERENCE\",\"title\":\"Colloque\","
                            + "\"startsAt\":\"2024-12-03T09:00\",\"endsAt\":\"2024-12-03T17:00\"}"),
                    400)))
        .containsExactly("place");
    assertProblem(asEditor("POST", "/api/events", "{not json"), 400);
    assertProblem(
        asEditor(
            "PUT",
            "/api/events/999999",
            event("WORKSHOP", "X", "2024-06-01T10:00", "2024-06-01T11:00", null, null)),
        404);
    assertProblem(node.get("/api/events/999999"), 404);
    assertThat(
            json(asEditor("GET", "/api/events?size=1", "")).getJsonNumber("totalItems").longValue())
        .isEqualTo(before);
  }

  // --- credentials -----------------------------------------------------------------------------

  @Test
  void everyWriteNeedsTheTeam() {
    long id =
        create(
            event(
                "WORKSHOP",
                "Atelier premiers pas",
                "2024-05-01T14:00",
                "2024-05-01T17:00",
                null,
                null));
    String body = event("WORKSHOP", "Atelier", "2024-05-01T14:00", "2024-05-01T17:00", null, null);
    String[][] writes = {
      {"POST", "/api/events", body},
      {"PUT", "/api/events/" + id, body},
      {"POST", "/api/events/" + id + "/transitions", "{\"to\":\"HELD\"}"},
      {"DELETE", "/api/events/" + id, ""}
    };
    for (String[] write : writes) {
      HttpResponse<String> anonymous =
          send(
              node.http(),
              request(node.uri(write[1]))
                  .header("Content-Type", "application/json")
                  .method(
                      write[0],
                      write[2] == null
                          ? BodyPublishers.noBody()
                          : BodyPublishers.ofString(write[2]))
                  .build());
      assertProblem(anonymous, 401);
      assertProblem(node.sendJson(write[0], write[1], write[2], NO_ROLE, EDITOR_PASSWORD), 403);
    }
    assertThat(json(node.get("/api/events/" + id)).getString("state")).isEqualTo("PLANNED");
  }

  // --- public reads ----------------------------------------------------------------------------

  @Test
  void privateEventsAreForTheTeam() {
    int year = Year.now().getValue() + 1;
    long hidden =
        create(
            event(
                "PARTNER_CIRCLE",
                "Cercle des partenaires confidentiel",
                year + "-05-12T09:00",
                year + "-05-12T11:00",
                null,
                "\"visibility\":\"PRIVATE\""));
    assertProblem(node.get("/api/events/" + hidden), 404);
    assertProblem(node.get("/api/events/" + hidden + ".ics"), 404);
    assertThat(ids(json(node.get("/api/events?size=100&q=confidentiel")))).doesNotContain(hidden);
    assertThat(node.get("/api/events.ics").body()).doesNotContain("event-" + hidden + "@");
    assertThat(node.getAsAdmin("/api/events/" + hidden).statusCode()).isEqualTo(200);
    assertThat(ids(json(node.getAsAdmin("/api/events?size=100&q=confidentiel")))).contains(hidden);
    HttpResponse<String> ics = node.getAsAdmin("/api/events/" + hidden + ".ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.body()).contains("UID:event-" + hidden + "@127.0.0.1");
  }

  // --- lists -----------------------------------------------------------------------------------

  @Test
  void listsFilterSortAndPage() {
    long campaign = campaign("Saison des forums");
    long first =
        create(
            event(
                "SOLUTIONS_FORUM",
                "Marché des solutions locales",
                "2024-04-21T10:00",
                "2024-04-21T17:00",
                "Europe/Luxembourg",
                "\"campaignId\":" + campaign));
    long second =
        create(
            event(
                "ENGAGEMENT_FORUM",
                "Forum de l'engagement",
                "2024-09-14T10:00",
                "2024-09-14T17:00",
                null,
                "\"campaignId\":" + campaign));
    long third =
        create(
            event(
                "SOLUTIONS_FORUM",
                "Village des solutions de demain",
                "2024-11-08T10:00",
                "2024-11-09T18:00",
                null,
                "\"campaignId\":" + campaign));
    String base = "/api/events?campaign=" + campaign;
    assertThat(ids(json(node.get(base)))).containsExactly(first, second, third);
    assertThat(ids(json(node.get(base + "&sort=-start")))).containsExactly(third, second, first);
    assertThat(ids(json(node.get(base + "&type=solutions_forum")))).containsExactly(first, third);
    assertThat(ids(json(node.get(base + "&from=2024-09-14&to=2024-11-07"))))
        .containsExactly(second);
    assertThat(ids(json(node.get(base + "&to=2024-09-14")))).containsExactly(first, second);
    assertThat(ids(json(node.get(base + "&q=" + encode("marche des SOLUTIONS")))))
        .containsExactly(first);

    JsonObject page = json(node.get(base + "&size=2&page=2"));
    assertThat(ids(page)).containsExactly(third);
    assertThat(page.getInt("totalItems")).isEqualTo(3);
    assertThat(page.getInt("totalPages")).isEqualTo(2);

    assertThat(fields(assertProblem(node.get(base + "&sort=title"), 400))).containsExactly("sort");
    assertThat(fields(assertProblem(node.get(base + "&from=hier"), 400))).containsExactly("from");
    assertThat(fields(assertProblem(node.get(base + "&type=BAL"), 400))).containsExactly("type");
    assertThat(fields(assertProblem(node.get(base + "&from=2024-10-01&to=2024-09-01"), 400)))
        .containsExactly("to");
    assertThat(fields(assertProblem(node.get("/api/events?size=0"), 400))).containsExactly("size");
    assertThat(fields(assertProblem(node.get("/api/events?campaign=x"), 400)))
        .containsExactly("campaign");
  }

  // --- iCalendar -------------------------------------------------------------------------------

  @Test
  void theCalendarFeedAcrossTheSpringClockChange() {
    // Next year's last weekend of March: Paris changes its clocks in the night of Saturday to
    // Sunday; Cayenne never does.
    int year = Year.now().getValue() + 1;
    LocalDate sunday =
        LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    LocalDate saturday = sunday.minusDays(1);
    long parisBefore =
        create(
            event(
                "IDEATION_EVENING",
                "Soirée créative, avant le changement d'heure",
                saturday + "T19:00",
                saturday + "T22:00",
                "Europe/Paris",
                "\"description\":\"Défis; solutions, forum\\\\ et « pépites »\\nÀ bientôt\","
                    + "\"place\":{\"venueName\":\"Salle des fêtes\",\"commune\":\"Lons-le-Saunier\","
                    + "\"address\":\"1 rue de la Marjorie\"}"));
    long parisAfter =
        create(
            event(
                "IDEATION_EVENING",
                "Soirée créative, après le changement d'heure",
                sunday + "T19:00",
                sunday + "T22:00",
                "Europe/Paris",
                null));
    long cayenneBefore =
        create(
            event(
                "IDEAS_EVENING",
                "Soirée des idées à Cayenne",
                saturday + "T19:00",
                saturday + "T22:00",
                "America/Cayenne",
                null));
    long cayenneAfter =
        create(
            event(
                "INTERACTIVE_SHOW",
                "Spectacle interactif à Cayenne",
                sunday + "T19:00",
                sunday + "T22:00",
                "America/Cayenne",
                "\"onlineUrl\":\"https://visio.example/spectacle\""));
    assertThat(transition(cayenneAfter, "CANCELLED").statusCode()).isEqualTo(200);
    long old =
        create(
            event(
                "WORKSHOP",
                "Atelier d'autrefois",
                "2021-11-16T18:00",
                "2021-11-16T20:00",
                null,
                null));

    HttpResponse<String> response = node.get("/api/events.ics");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(
            response
                .headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .toLowerCase(Locale.ROOT)
                .replace(" ", ""))
        .isEqualTo("text/calendar;charset=utf-8");
    String text = response.body();
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
    assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:America/Cayenne\r\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }

    Calendar calendar = ICalendars.parse(text);
    assertThat(uids(calendar))
        .contains(uid(parisBefore), uid(parisAfter), uid(cayenneBefore), uid(cayenneAfter))
        .doesNotContain(uid(old));
    assertTimes(calendar, parisBefore, saturday + "T18:00:00Z"); // +01:00
    assertTimes(calendar, parisAfter, sunday + "T17:00:00Z"); // +02:00
    assertTimes(calendar, cayenneBefore, saturday + "T22:00:00Z"); // -03:00
    assertTimes(calendar, cayenneAfter, sunday + "T22:00:00Z"); // -03:00

    VEvent paris = ICalendars.event(calendar, uid(parisBefore));
    assertThat(ICalendars.value(paris, "SUMMARY"))
        .isEqualTo("Soirée créative, avant le changement d'heure");
    assertThat(ICalendars.value(paris, "DESCRIPTION"))
        .isEqualTo("Défis; solutions, forum\\ et « pépites »\nÀ bientôt");
    assertThat(ICalendars.value(paris, "LOCATION"))
        .isEqualTo("Salle des fêtes, 1 rue de la Marjorie, Lons-le-Saunier");
    assertThat(ICalendars.value(paris, "URL"))
        .isEqualTo(node.uri("/api/events/" + parisBefore).toString());
    assertThat(ICalendars.value(paris, "STATUS")).isEqualTo("CONFIRMED");
    VEvent cancelled = ICalendars.event(calendar, uid(cayenneAfter));
    assertThat(ICalendars.value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(ICalendars.value(cancelled, "URL")).isEqualTo("https://visio.example/spectacle");

    // One event alone, with its own VTIMEZONE.
    HttpResponse<String> single = node.get("/api/events/" + cayenneBefore + ".ics");
    assertThat(single.statusCode()).isEqualTo(200);
    Calendar one = ICalendars.parse(single.body());
    assertThat(uids(one)).containsExactly(uid(cayenneBefore));
    assertThat(single.body()).contains("TZID:America/Cayenne").doesNotContain("TZID:Europe/Paris");
    assertTimes(one, cayenneBefore, saturday + "T22:00:00Z");
    // Old events stay readable one by one.
    assertThat(node.get("/api/events/" + old + ".ics").statusCode()).isEqualTo(200);
  }

  private static void assertTimes(Calendar calendar, long id, String start) {
    VEvent event = ICalendars.event(calendar, uid(id));
    Instant expected = Instant.parse(start);
    assertThat(ICalendars.parsedInstant(event, "DTSTART")).isEqualTo(expected);
    assertThat(ICalendars.instantByVTimeZone(calendar, event, "DTSTART")).isEqualTo(expected);
    assertThat(ICalendars.parsedInstant(event, "DTEND")).isEqualTo(expected.plusSeconds(3 * 3600));
    assertThat(json(node.get("/api/events/" + id)).getString("startsAtUtc"))
        .isEqualTo(expected.toString());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String uid(long id) {
    return "event-" + id + "@127.0.0.1";
  }

  private static List<String> uids(Calendar calendar) {
    return ICalendars.events(calendar).stream().map(e -> ICalendars.value(e, "UID")).toList();
  }

  private static String event(
      String type, String title, String start, String end, String zone, String extra) {
    String place =
        extra != null && extra.contains("\"place\"")
            ? ""
            : "\"place\":{\"commune\":\"Lons-le-Saunier\"},";
    return "{\"type\":\"%s\",\"title\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",%s%s\"themes\":[]%s}"
        .formatted(
            type,
            title,
            start,
            end,
            zone == null ? "" : "\"timeZone\":\"" + zone + "\",",
            place,
            extra == null ? "" : "," + extra);
  }

  private static long create(String body) {
    HttpResponse<String> created = asEditor("POST", "/api/events", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return id(json(created));
  }

  private static long campaign(String name) {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/campaigns",
            "{\"name\":\"%s\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2024-06-01\"}"
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return id(json(created));
  }

  private static long challenge(long campaign, String title) {
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/challenges",
            "{\"campaignId\":%d,\"title\":\"%s\",\"statement\":\"Comment faire ensemble ?\",\"themes\":[\"food\"]}"
                .formatted(campaign, title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return id(json(created));
  }

  private static long solutionIdea(long challenge, String title) {
    HttpResponse<String> moved =
        asEditor(
            "POST",
            "/api/challenges/" + challenge + "/transitions",
            "{\"to\":\"SELECTED_FOR_EVENING\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    HttpResponse<String> created =
        asEditor(
            "POST",
            "/api/challenges/" + challenge + "/solutions",
            "{\"title\":\"%s\",\"description\":\"Un samedi par mois.\"}".formatted(title));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return id(json(created));
  }

  private static HttpResponse<String> transition(long id, String to) {
    return asEditor("POST", "/api/events/" + id + "/transitions", "{\"to\":\"" + to + "\"}");
  }

  private static HttpResponse<String> asEditor(String method, String path, String body) {
    return node.sendJson(method, path, body, EDITOR, EDITOR_PASSWORD);
  }

  private static HttpResponse<String> ifMatch(
      String method, String path, String body, String etag) {
    return send(
        node.http(),
        node.jsonRequest(method, path, body, EDITOR, EDITOR_PASSWORD)
            .header("If-Match", etag)
            .build());
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static List<Long> longs(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::longValue)
        .toList();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(EventApiIT::id)
        .toList();
  }

  private static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
