// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.GregorianCalendar;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reads the node's iCalendar output with ical4j, as a calendar client would. */
public final class ICalendars {
  private ICalendars() {}

  /** Parses and validates (RFC 5545) the document; fails on any error. */
  public static Calendar parse(String text) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(text));
      var result = calendar.validate();
      if (result.hasErrors()) {
        throw new AssertionError("invalid iCalendar: " + result + "\n" + text);
      }
      return calendar;
    } catch (IOException | ParserException e) {
      throw new AssertionError("unparsable iCalendar: " + e.getMessage() + "\n" + text, e);
    }
  }

  public static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT");
  }

  /** The event whose UID is this one. */
  public static VEvent event(Calendar calendar, String uid) {
    return events(calendar).stream()
        .filter(e -> uid.equals(value(e, "UID")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no VEVENT " + uid));
  }

  /** A property's value, or null when absent (unescaped by the parser for TEXT). */
  public static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
  }

  /** The instant ical4j itself resolves for a date-time property (DTSTART, DTEND). */
  public static Instant parsedInstant(VEvent event, String property) {
    DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
    Temporal value = date.getDate();
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    return Instant.from(value);
  }

  /**
   * The instant of a date-time property computed with the document's own VTIMEZONE for its TZID,
   * through ical4j's {@link TimeZone}: checks the VTIMEZONE the node generated, not a zone database
   * the parser may have.
   */
  public static Instant instantByVTimeZone(Calendar calendar, VEvent event, String property) {
    Property date = event.<Property>getProperty(property).orElseThrow();
    String tzid = date.getParameter("TZID").orElseThrow().getValue();
    VTimeZone vtimezone =
        calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
            .filter(z -> tzid.equals(z.getProperty("TZID").orElseThrow().getValue()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no VTIMEZONE " + tzid));
    LocalDateTime local =
        LocalDateTime.parse(date.getValue(), DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"));
    GregorianCalendar gregorian = new GregorianCalendar(new TimeZone(vtimezone));
    gregorian.clear();
    gregorian.set(
        local.getYear(),
        local.getMonthValue() - 1,
        local.getDayOfMonth(),
        local.getHour(),
        local.getMinute(),
        local.getSecond());
    return Instant.ofEpochMilli(gregorian.getTimeInMillis());
  }
}
