// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;

/**
 * Everything about an event but its state, edited as one whole. Building one checks every rule of
 * its own; whether the campaign, défis, solution ideas and theme keys exist is the application's
 * check.
 *
 * @param startsAt the local wall-clock start, as announced, in {@code timeZone}
 * @param endsAt the local wall-clock end, after the start
 * @param timeZone an IANA region zone (Europe/Paris, Europe/Luxembourg, America/Cayenne…)
 * @param place the venue, or null for an online-only event
 * @param onlineUrl an http(s) address to join or follow it, or null
 * @param campaignId the campaign it belongs to, or null
 * @param challengeIds the défis worked on, distinct and sorted
 * @param solutionIdeaIds the solution ideas presented, distinct and sorted
 * @param collectionFormat how dreams are collected, for {@link EventType#DREAM_COLLECTION} only
 * @param themes theme keys, distinct, in the given order
 * @param counts what was counted; {@link EventCounts#NONE} when nothing
 */
public record EventDescription(
    EventType type,
    String title,
    String description,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    ZoneId timeZone,
    EventPlace place,
    String onlineUrl,
    Long campaignId,
    List<Long> challengeIds,
    List<Long> solutionIdeaIds,
    DreamCollectionFormat collectionFormat,
    List<String> themes,
    EventCounts counts,
    Visibility visibility) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 10000;
  public static final Duration MAX_DURATION = Duration.ofDays(31);

  public EventDescription {
    if (type == null) {
      throw new DomainRuleViolation("type", "must be given");
    }
    title = EventPlace.text("title", title, MAX_TITLE);
    if (title == null) {
      throw new DomainRuleViolation("title", "must not be blank");
    }
    description = EventPlace.text("description", description, MAX_DESCRIPTION);
    requireRegionZone(timeZone);
    requireExisting("startsAt", startsAt, timeZone);
    requireExisting("endsAt", endsAt, timeZone);
    Instant start = startsAt.atZone(timeZone).toInstant();
    Instant end = endsAt.atZone(timeZone).toInstant();
    if (!end.isAfter(start)) {
      throw new DomainRuleViolation("endsAt", "must be after the start");
    }
    if (Duration.between(start, end).compareTo(MAX_DURATION) > 0) {
      throw new DomainRuleViolation("endsAt", "an event lasts at most 31 days");
    }
    onlineUrl = webAddress("onlineUrl", onlineUrl);
    if (place == null && onlineUrl == null) {
      throw new DomainRuleViolation("place", "give a place, an online address, or both");
    }
    if (campaignId != null && campaignId < 1) {
      throw new DomainRuleViolation("campaignId", "must be a campaign id");
    }
    challengeIds = ids("challengeIds", challengeIds);
    solutionIdeaIds = ids("solutionIdeaIds", solutionIdeaIds);
    if (collectionFormat != null && type != EventType.DREAM_COLLECTION) {
      throw new DomainRuleViolation("collectionFormat", "only for a DREAM_COLLECTION event");
    }
    themes =
        themes == null
            ? List.of()
            : themes.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    counts = counts == null ? EventCounts.NONE : counts;
    if (counts.dreamCount() != null && type != EventType.DREAM_COLLECTION) {
      throw new DomainRuleViolation("counts.dreamCount", "only for a DREAM_COLLECTION event");
    }
  }

  /** The start as an instant. */
  public Instant startInstant() {
    return startsAt.atZone(timeZone).toInstant();
  }

  /** The end as an instant. */
  public Instant endInstant() {
    return endsAt.atZone(timeZone).toInstant();
  }

  /** The same description with other counts (they are checked again). */
  public EventDescription withCounts(EventCounts newCounts) {
    return new EventDescription(
        type,
        title,
        description,
        startsAt,
        endsAt,
        timeZone,
        place,
        onlineUrl,
        campaignId,
        challengeIds,
        solutionIdeaIds,
        collectionFormat,
        themes,
        newCounts,
        visibility);
  }

  /**
   * Whether {@code zone} is an IANA region zone this Java runtime knows (not a bare offset such as
   * {@code +01:00}, which follows no clock changes).
   */
  public static boolean isRegionZone(ZoneId zone) {
    return zone != null && ZoneId.getAvailableZoneIds().contains(zone.getId());
  }

  private static void requireRegionZone(ZoneId zone) {
    if (zone == null) {
      throw new DomainRuleViolation("timeZone", "must be given");
    }
    if (!isRegionZone(zone)) {
      throw new DomainRuleViolation(
          "timeZone", "'" + zone.getId() + "' is not an IANA time zone such as Europe/Paris");
    }
  }

  private static void requireExisting(String field, LocalDateTime time, ZoneId zone) {
    Objects.requireNonNull(zone);
    if (time == null) {
      throw new DomainRuleViolation(field, "must be given");
    }
    if (zone.getRules().getValidOffsets(time).isEmpty()) {
      throw new DomainRuleViolation(
          field, time + " does not exist in " + zone.getId() + ": the clocks skip it");
    }
  }

  private static List<Long> ids(String field, List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i) < 1) {
        throw new DomainRuleViolation(field + "[" + i + "]", "must be an id");
      }
    }
    return ids.stream().distinct().sorted().toList();
  }

  private static String webAddress(String field, String value) {
    String text = EventPlace.text(field, value, 500);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null
          || !("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()))) {
        throw new DomainRuleViolation(field, "must be an http(s) address");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new DomainRuleViolation(field, "must be an http(s) address");
    }
  }
}
