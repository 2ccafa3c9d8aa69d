// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.essaim.node.testsupport.ICalendars;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId CAYENNE = ZoneId.of("America/Cayenne");
  private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
  private static final Instant STAMP = Instant.parse("2026-11-23T05:00:00Z");

  // --- folding ---------------------------------------------------------------------------------

  @Test
  void shortLinesAreNotFolded() {
    assertThat(ICalendarWriter.fold("SUMMARY:Crépîte")).isEqualTo("SUMMARY:Crépîte\r\n");
    String exactly75 = "X".repeat(75);
    assertThat(ICalendarWriter.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithALeadingSpace() {
    String line = "DESCRIPTION:" + "a".repeat(200);
    String folded = ICalendarWriter.fold(line);
    List<String> physical = physicalLines(folded);
    assertThat(physical).hasSizeGreaterThan(2);
    assertThat(octets(physical.get(0))).isEqualTo(75);
    physical.stream().skip(1).forEach(l -> assertThat(l).startsWith(" "));
    physical.forEach(l -> assertThat(octets(l)).isLessThanOrEqualTo(75));
    assertThat(unfold(folded)).isEqualTo(line);
  }

  @Test
  void foldingNeverSplitsAUtf8Character() {
    // « é » is 2 octets, « 🐝 » 4 (a surrogate pair in Java): every boundary position is tried.
    for (int prefix = 0; prefix < 8; prefix++) {
      String line = "SUMMARY:" + "x".repeat(prefix) + "éàçî🐝".repeat(30);
      String folded = ICalendarWriter.fold(line);
      for (String physical : physicalLines(folded)) {
        byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(75);
        // Round trip through UTF-8: a split character would not decode back to itself.
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
        assertThat(Character.isLowSurrogate(physical.charAt(physical.startsWith(" ") ? 1 : 0)))
            .isFalse();
      }
      assertThat(unfold(folded)).isEqualTo(line);
    }
  }

  // --- escaping --------------------------------------------------------------------------------

  @Test
  void textIsEscaped() {
    assertThat(ICalendarWriter.escape("Défis; solutions, forum\\ fin"))
        .isEqualTo("Défis\\; solutions\\, forum\\\\ fin");
    assertThat(ICalendarWriter.escape("ligne 1\nligne 2\r\nligne 3\rfin"))
        .isEqualTo("ligne 1\\nligne 2\\nligne 3\\nfin");
    assertThat(ICalendarWriter.escape("a\u0007b\tc")).isEqualTo("a b\tc");
    assertThat(ICalendarWriter.escape("« Crépîte » : 19 solutions"))
        .isEqualTo("« Crépîte » : 19 solutions");
  }

  // --- VTIMEZONE -------------------------------------------------------------------------------

  @Test
  void utcOffsets() {
    assertThat(ICalendarWriter.utcOffset(ZoneOffset.ofHours(1))).isEqualTo("+0100");
    assertThat(ICalendarWriter.utcOffset(ZoneOffset.ofHours(-3))).isEqualTo("-0300");
    assertThat(ICalendarWriter.utcOffset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("+0530");
    assertThat(ICalendarWriter.utcOffset(ZoneOffset.ofTotalSeconds(561))).isEqualTo("+000921");
    assertThat(ICalendarWriter.utcOffset(ZoneOffset.UTC)).isEqualTo("+0000");
  }

  @Test
  void parisGetsItsYearlyRulesFromTheYearBefore() {
    String vtimezone = ICalendarWriter.vtimezone(PARIS, 2027, 2027);
    assertThat(vtimezone)
        .startsWith("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n")
        .endsWith("END:VTIMEZONE\r\n")
        .contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\n"
                + "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n")
        .contains(
            "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\n"
                + "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                + "END:STANDARD\r\n");
    assertThat(vtimezone.split("BEGIN:DAYLIGHT", -1)).hasSize(2);
    assertThat(vtimezone.split("BEGIN:STANDARD", -1)).hasSize(2);
  }

  @Test
  void cayenneHasOneConstantObservance() {
    String vtimezone = ICalendarWriter.vtimezone(CAYENNE, 2024, 2027);
    assertThat(vtimezone)
        .isEqualTo(
            "BEGIN:VTIMEZONE\r\nTZID:America/Cayenne\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19671001T010000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0300\r\n"
                + "END:STANDARD\r\nEND:VTIMEZONE\r\n");
    assertThat(ICalendarWriter.vtimezone(ZoneId.of("UTC"), 2027, 2027))
        .contains("DTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n");
  }

  @Test
  void datesBeforeTheCurrentRulesGetEveryTransition() {
    // Paris in 1995: the autumn change was still on the last Sunday of September.
    String vtimezone = ICalendarWriter.vtimezone(PARIS, 1995, 1995);
    assertThat(vtimezone)
        .doesNotContain("RRULE")
        .contains("DTSTART:19950326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200")
        .contains("DTSTART:19950924T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100");
  }

  @Test
  void yearlyRules() {
    var rules = ZoneId.of("America/New_York").getRules().getTransitionRules();
    // second Sunday of March, first Sunday of November
    assertThat(ICalendarWriter.yearly(rules.get(0))).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    assertThat(ICalendarWriter.yearly(rules.get(1))).isEqualTo("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    var santiago = ZoneId.of("America/Santiago").getRules().getTransitionRules();
    assertThat(santiago).isNotEmpty();
    santiago.forEach(r -> assertThat(ICalendarWriter.yearly(r)).startsWith("FREQ=YEARLY;BYMONTH="));
  }

  // --- whole documents, read back by ical4j ----------------------------------------------------

  @Test
  void aCalendarReadBackByIcal4jAcrossTheSpringClockChange() {
    // Paris moves to summer time in the night of 27 to 28 March 2027; Cayenne never does.
    List<ICalendarWriter.Entry> entries =
        List.of(
            entry(1, "Soirée avant", PARIS, LocalDateTime.of(2027, 3, 27, 19, 0), false),
            entry(2, "Soirée après", PARIS, LocalDateTime.of(2027, 3, 28, 19, 0), false),
            entry(
                3, "Soirée guyanaise avant", CAYENNE, LocalDateTime.of(2027, 3, 27, 19, 0), false),
            entry(4, "Soirée guyanaise après", CAYENNE, LocalDateTime.of(2027, 3, 28, 19, 0), true),
            entry(5, "Boost Lokal", LUXEMBOURG, LocalDateTime.of(2027, 10, 31, 1, 30), false));
    String text = ICalendarWriter.write("Lons-le-Saunier; Jura, France", STAMP, entries);

    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(text.split("BEGIN:VTIMEZONE", -1)).hasSize(4); // one per zone used
    physicalLines(text).forEach(l -> assertThat(octets(l)).isLessThanOrEqualTo(75));

    Calendar calendar = ICalendars.parse(text);
    assertThat(ICalendars.events(calendar)).hasSize(5);
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("Lons-le-Saunier; Jura, France");

    assertTimes(calendar, 1, "2027-03-27T18:00:00Z", "2027-03-27T22:00:00Z"); // +01:00
    assertTimes(calendar, 2, "2027-03-28T17:00:00Z", "2027-03-28T21:00:00Z"); // +02:00
    assertTimes(calendar, 3, "2027-03-27T22:00:00Z", "2027-03-28T02:00:00Z"); // -03:00
    assertTimes(calendar, 4, "2027-03-28T22:00:00Z", "2027-03-29T02:00:00Z"); // -03:00 still
    // Luxembourg, 31 October 2027, 01:30 → 05:30: summer time at the start, winter time at the
    // end (the clocks go back at 03:00), so the evening lasts five hours.
    assertTimes(calendar, 5, "2027-10-30T23:30:00Z", "2027-10-31T04:30:00Z");

    VEvent cancelled = ICalendars.event(calendar, "event-4@lons.essaim.example");
    assertThat(ICalendars.value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    VEvent first = ICalendars.event(calendar, "event-1@lons.essaim.example");
    assertThat(ICalendars.value(first, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(ICalendars.value(first, "DTSTAMP")).isEqualTo("20261123T050000Z");
    assertThat(ICalendars.value(first, "SUMMARY")).isEqualTo("Soirée avant");
    assertThat(ICalendars.value(first, "LOCATION"))
        .isEqualTo("Salle des fêtes, 1 rue de la Marjorie, Lons-le-Saunier");
    assertThat(ICalendars.value(first, "URL"))
        .isEqualTo("https://lons.essaim.example/api/events/1");
    // The long description with escapes and accents comes back intact after folding.
    assertThat(ICalendars.value(first, "DESCRIPTION")).isEqualTo(description());
  }

  private static void assertTimes(Calendar calendar, int id, String start, String end) {
    VEvent event = ICalendars.event(calendar, "event-" + id + "@lons.essaim.example");
    assertThat(ICalendars.parsedInstant(event, "DTSTART")).isEqualTo(Instant.parse(start));
    assertThat(ICalendars.parsedInstant(event, "DTEND")).isEqualTo(Instant.parse(end));
    assertThat(ICalendars.instantByVTimeZone(calendar, event, "DTSTART"))
        .isEqualTo(Instant.parse(start));
    assertThat(ICalendars.instantByVTimeZone(calendar, event, "DTEND"))
        .isEqualTo(Instant.parse(end));
  }

  private static ICalendarWriter.Entry entry(
      long id, String title, ZoneId zone, LocalDateTime start, boolean cancelled) {
    return new ICalendarWriter.Entry(
        "event-" + id + "@lons.essaim.example",
        title,
        description(),
        start,
        start.plusHours(4),
        zone,
        "Salle des fêtes, 1 rue de la Marjorie, Lons-le-Saunier",
        "https://lons.essaim.example/api/events/" + id,
        List.of("Soirée d'idéation"),
        cancelled,
        Instant.parse("2026-11-01T10:00:00Z"),
        Instant.parse("2026-11-02T10:00:00Z"),
        3);
  }

  private static String description() {
    return "15 défis travaillés en tables; forum présentant 19 solutions, puis lancement de"
        + " l'accompagnement le 7 novembre.\nApportez vos idées\\rêves : « se nourrir », « se"
        + " loger », « se déplacer » 🐝";
  }

  private static List<String> physicalLines(String text) {
    assertThat(text).endsWith("\r\n");
    return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
  }

  private static String unfold(String text) {
    return text.replace("\r\n ", "").replaceAll("\r\n$", "");
  }

  private static int octets(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length;
  }
}
