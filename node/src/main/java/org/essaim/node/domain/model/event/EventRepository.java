// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.event;

import java.util.List;
import java.util.Optional;

/** Where events are kept. */
public interface EventRepository {

  Optional<Event> find(long id);

  List<Event> search(EventSearch search, int offset, int limit);

  long count(EventSearch search);

  void add(Event event);

  void remove(Event event);

  void flush();
}
