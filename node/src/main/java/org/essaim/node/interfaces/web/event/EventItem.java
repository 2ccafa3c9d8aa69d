// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.event;

import java.util.List;
import java.util.Locale;
import org.essaim.node.application.EventView;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventPlace;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.WebMessages;

/** An event as a page shows it: every value already in words. */
public record EventItem(
    long id,
    String title,
    String type,
    String startsAt,
    String endsAt,
    String place,
    String onlineUrl,
    String description,
    List<String> themes) {

  public static EventItem of(EventView view, Taxonomy taxonomy, Locale locale) {
    EventDescription d = view.description();
    EventPlace p = d.place();
    String place =
        p == null
            ? null
            : String.join(
                ", ",
                java.util.stream.Stream.of(p.venueName(), p.address(), p.commune())
                    .filter(s -> s != null && !s.isBlank())
                    .toList());
    String type = WebMessages.text(locale, "event.type." + d.type().name());
    return new EventItem(
        view.id(),
        d.title(),
        type == null ? d.type().label() : type,
        Labels.dateTime(d.startsAt(), locale),
        Labels.dateTime(d.endsAt(), locale),
        place,
        d.onlineUrl(),
        d.description(),
        Labels.themes(taxonomy, d.themes(), locale));
  }
}
