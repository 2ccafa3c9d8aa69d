// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line ends, content lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, times as local times with a {@code
 * TZID}, and one {@code VTIMEZONE} per zone used, generated from the Java runtime's zone rules
 * (tzdata) so a client needs no zone database of its own and agrees with the node.
 *
 * <p>Each VTIMEZONE covers the whole years its events span. A zone with clock changes gets its
 * current yearly rules as RRULEs (the form calendar clients and libraries such as ical4j read
 * best); a zone without gets one constant observance; dates from before a zone's current rules
 * began get every transition with its own DTSTART.
 */
public final class ICalendarWriter {

  /** The most octets a content line may have, CRLF excluded (RFC 5545 §3.1). */
  static final int MAX_OCTETS = 75;

  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ICalendarWriter() {}

  /**
   * One VEVENT.
   *
   * @param uid stable and globally unique, e.g. {@code event-12@lons.essaim.example}
   * @param summary the title
   * @param description free text, or null
   * @param start local start time in {@code zone}
   * @param end local end time in {@code zone}
   * @param zone an IANA region zone
   * @param location one line, or null
   * @param url an absolute URI, or null
   * @param categories free words, possibly empty
   * @param cancelled whether STATUS is CANCELLED (otherwise CONFIRMED)
   * @param created when the event was first recorded
   * @param lastModified when it last changed
   * @param sequence its revision number
   */
  public record Entry(
      String uid,
      String summary,
      String description,
      LocalDateTime start,
      LocalDateTime end,
      ZoneId zone,
      String location,
      String url,
      List<String> categories,
      boolean cancelled,
      Instant created,
      Instant lastModified,
      long sequence) {

    public Entry {
      Objects.requireNonNull(uid);
      Objects.requireNonNull(summary);
      Objects.requireNonNull(start);
      Objects.requireNonNull(end);
      Objects.requireNonNull(zone);
      categories = categories == null ? List.of() : List.copyOf(categories);
    }
  }

  /**
   * The whole VCALENDAR.
   *
   * @param name the calendar's name (X-WR-CALNAME), or null
   * @param stamp when this document is generated (every DTSTAMP)
   */
  public static String write(String name, Instant stamp, List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Essaim//Essaim node//FR");
    line(out, "CALSCALE:GREGORIAN");
    // No METHOD: a feed is not an iTIP message (RFC 5546 PUBLISH would require an ORGANIZER).
    if (name != null) {
      line(out, "X-WR-CALNAME:" + escape(name));
    }
    for (String timeZone : timeZones(entries)) {
      out.append(timeZone);
    }
    for (Entry entry : entries) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + escape(entry.uid()));
      line(out, "DTSTAMP:" + UTC.format(stamp));
      line(out, "DTSTART;TZID=" + entry.zone().getId() + ":" + LOCAL.format(entry.start()));
      line(out, "DTEND;TZID=" + entry.zone().getId() + ":" + LOCAL.format(entry.end()));
      line(out, "SUMMARY:" + escape(entry.summary()));
      if (entry.description() != null) {
        line(out, "DESCRIPTION:" + escape(entry.description()));
      }
      if (entry.location() != null) {
        line(out, "LOCATION:" + escape(entry.location()));
      }
      if (entry.url() != null) {
        line(out, "URL:" + entry.url());
      }
      if (!entry.categories().isEmpty()) {
        line(
            out,
            "CATEGORIES:"
                + String.join(
                    ",", entry.categories().stream().map(ICalendarWriter::escape).toList()));
      }
      line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
      if (entry.created() != null) {
        line(out, "CREATED:" + UTC.format(entry.created()));
      }
      if (entry.lastModified() != null) {
        line(out, "LAST-MODIFIED:" + UTC.format(entry.lastModified()));
      }
      line(out, "SEQUENCE:" + entry.sequence());
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** One VTIMEZONE per zone of the entries, covering the whole years they span. */
  private static List<String> timeZones(List<Entry> entries) {
    Map<ZoneId, int[]> years = new LinkedHashMap<>();
    entries.stream()
        .sorted(Comparator.comparing(e -> e.zone().getId()))
        .forEach(
            e ->
                years.merge(
                    e.zone(),
                    new int[] {e.start().getYear(), e.end().getYear()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
    List<String> components = new ArrayList<>();
    years.forEach((zone, span) -> components.add(vtimezone(zone, span[0], span[1])));
    return components;
  }

  /**
   * A VTIMEZONE for {@code zone}, exact from 1 January of {@code firstYear} to 31 December of
   * {@code lastYear}, with CRLF line ends.
   */
  static String vtimezone(ZoneId zone, int firstYear, int lastYear) {
    ZoneRules rules = zone.getRules();
    // Widen by a day on each side: a local 1 January 00:00 is up to 14 hours from UTC's.
    Instant from =
        LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400);
    Instant until =
        LocalDate.of(lastYear + 1, 1, 1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plusSeconds(86_400);
    List<ZoneOffsetTransition> fixed = rules.getTransitions();
    ZoneOffsetTransition lastFixed = fixed.isEmpty() ? null : fixed.get(fixed.size() - 1);
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + zone.getId());
    if (lastFixed != null && !lastFixed.getInstant().isBefore(from)) {
      explicitObservances(out, rules, from, until);
    } else if (rules.getTransitionRules().isEmpty()) {
      // A constant offset over the whole range (Cayenne since 1967, Réunion…).
      ZoneOffset offset = rules.getOffset(from);
      LocalDateTime onset =
          lastFixed == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : lastFixed.getDateTimeAfter();
      observance(out, false, onset, offset, offset, null);
    } else {
      // The rules in force today (Paris, Luxembourg: last Sundays of March and October), as
      // yearly RRULEs starting the year before the first one used, so 1 January is covered.
      for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
        ZoneOffsetTransition first = rule.createTransition(firstYear - 1);
        observance(
            out,
            rules.isDaylightSavings(first.getInstant()),
            first.getDateTimeBefore(),
            first.getOffsetBefore(),
            first.getOffsetAfter(),
            yearly(rule));
      }
    }
    line(out, "END:VTIMEZONE");
    return out.toString();
  }

  /**
   * Every transition of the range with its own DTSTART: for dates before the zone's current rules
   * began (1997 in Paris).
   */
  private static void explicitObservances(
      StringBuilder out, ZoneRules rules, Instant from, Instant until) {
    ZoneOffset offset = rules.getOffset(from);
    ZoneOffsetTransition previous = rules.previousTransition(from.plusNanos(1));
    observance(
        out,
        rules.isDaylightSavings(from),
        previous == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : previous.getDateTimeBefore(),
        previous == null ? offset : previous.getOffsetBefore(),
        offset,
        null);
    ZoneOffsetTransition next = rules.nextTransition(from);
    while (next != null && next.getInstant().isBefore(until)) {
      observance(
          out,
          rules.isDaylightSavings(next.getInstant()),
          next.getDateTimeBefore(),
          next.getOffsetBefore(),
          next.getOffsetAfter(),
          null);
      next = rules.nextTransition(next.getInstant());
    }
  }

  /** The RRULE of a yearly transition rule, e.g. {@code FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU}. */
  static String yearly(ZoneOffsetTransitionRule rule) {
    Month month = rule.getMonth();
    int day = rule.getDayOfMonthIndicator();
    String rrule = "FREQ=YEARLY;BYMONTH=" + month.getValue();
    if (rule.getDayOfWeek() == null) {
      return rrule + ";BYMONTHDAY=" + day;
    }
    String weekday = rule.getDayOfWeek().name().substring(0, 2);
    if (day == -1 || day > 0 && month != Month.FEBRUARY && day + 6 == month.maxLength()) {
      return rrule + ";BYDAY=-1" + weekday; // the last one of the month
    }
    if (day > 0 && (day - 1) % 7 == 0) {
      return rrule + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday; // the first, second… one
    }
    // « weekday on or after day » (or on or before the day-th last): one of seven days.
    List<String> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      days.add(Integer.toString(day > 0 ? day + i : day - 6 + i));
    }
    return rrule + ";BYDAY=" + weekday + ";BYMONTHDAY=" + String.join(",", days);
  }

  private static void observance(
      StringBuilder out,
      boolean daylight,
      LocalDateTime onset,
      ZoneOffset offsetFrom,
      ZoneOffset offsetTo,
      String rrule) {
    String kind = daylight ? "DAYLIGHT" : "STANDARD";
    line(out, "BEGIN:" + kind);
    line(out, "DTSTART:" + LOCAL.format(onset));
    line(out, "TZOFFSETFROM:" + utcOffset(offsetFrom));
    line(out, "TZOFFSETTO:" + utcOffset(offsetTo));
    if (rrule != null) {
      line(out, "RRULE:" + rrule);
    }
    line(out, "END:" + kind);
  }

  /** An RFC 5545 UTC-OFFSET: {@code +0100}, {@code -0300}, {@code +000921} with seconds. */
  static String utcOffset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    String text =
        String.format(
            java.util.Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(java.util.Locale.ROOT, "%02d", abs % 60);
  }

  /**
   * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as {@code
   * \n}. Other control characters, which TEXT does not allow, become spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\r' -> {
          out.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("\\n");
        default -> out.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return out.toString();
  }

  /**
   * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines
   * starting with a space, never inside a UTF-8 character. Returns the folded text with a CRLF
   * after every physical line.
   */
  static String fold(String contentLine) {
    StringBuilder out = new StringBuilder(contentLine.length() + 8);
    int octets = 0;
    int i = 0;
    while (i < contentLine.length()) {
      int codePoint = contentLine.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    return out.append(CRLF).toString();
  }

  private static void line(StringBuilder out, String contentLine) {
    out.append(fold(contentLine));
  }
}
