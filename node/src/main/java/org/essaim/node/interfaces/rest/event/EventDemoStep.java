// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.EventService;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventState;
import org.essaim.node.interfaces.demo.DemoContext;
import org.essaim.node.interfaces.demo.DemoStep;
import org.essaim.node.interfaces.rest.InputValidation;

/**
 * Events: dream collections, ideation evenings, forums, network meetings, with their counts.
 * References: {@code "campaign"} (a campaign's ref), {@code "challenges"} and {@code
 * "solutionIdeas"} (refs); {@code transitions} are state moves ({@code ["HELD"]} for a past event,
 * whose counts are then final; none for a PLANNED one).
 */
@ApplicationScoped
public class EventDemoStep implements DemoStep {

  /** The zone of a dry run, which has no territory to ask (datasets name theirs anyway). */
  static final ZoneId DRY_RUN_ZONE = ZoneId.of("Europe/Paris");

  @Inject EventService events;

  @Override
  public String section() {
    return "events";
  }

  @Override
  public int load(JsonValue section, DemoContext context) {
    ZoneId defaultZone = context.dryRun() ? DRY_RUN_ZONE : events.defaultTimeZone();
    int count = 0;
    for (DemoContext.Entry entry : DemoContext.entries(section(), section)) {
      List<EventState> transitions = entry.transitions(EventState.class);
      EventDescription description =
          DemoContext.at(
              entry.path(),
              () -> {
                Map<String, Object> resolved = new HashMap<>();
                if (entry.string("campaign") != null) {
                  resolved.put(
                      "campaignId", context.id("campaign", entry.string("campaign"), "campaign"));
                }
                resolved.put("challengeIds", ids(entry, context, "challenges", "challenge"));
                resolved.put(
                    "solutionIdeaIds", ids(entry, context, "solutionIdeas", "solutionIdea"));
                EventDocument document =
                    entry.document(
                        EventDocument.class,
                        List.of("campaign", "challenges", "solutionIdeas"),
                        resolved);
                return EventAssembler.toDescription(
                    document,
                    InputValidation.violations(context.validator(), document),
                    context.taxonomy(),
                    defaultZone);
              });
      long id =
          context.register(
              "event",
              entry.ref(),
              entry.path() + ".ref",
              () -> DemoContext.at(entry.path(), () -> events.create(description)).id());
      for (EventState target : transitions) {
        context.perform(
            () ->
                DemoContext.at(
                    entry.path(), () -> events.moveTo(id, target, OptionalLong.empty())));
      }
      count++;
    }
    return count;
  }

  private static List<Long> ids(
      DemoContext.Entry entry, DemoContext context, String key, String kind) {
    List<Long> ids = new ArrayList<>();
    List<String> refs = entry.strings(key);
    for (int i = 0; i < refs.size(); i++) {
      ids.add(context.id(kind, refs.get(i), key + "[" + i + "]"));
    }
    return ids;
  }
}
