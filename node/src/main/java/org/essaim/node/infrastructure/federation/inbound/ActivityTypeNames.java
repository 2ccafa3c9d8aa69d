// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.util.Set;
import java.util.TreeSet;

/**
 * The short type name of an activity as handlers name it ({@code Follow}, {@code Create}): the
 * ActivityStreams term for its types, else the last segment of the type IRI.
 */
public final class ActivityTypeNames {

  static final String AS = "https://www.w3.org/ns/activitystreams#";

  private ActivityTypeNames() {}

  /** The name of the first type, ActivityStreams types first, in a stable order. */
  public static String of(Set<String> typeIris) {
    TreeSet<String> sorted = new TreeSet<>(typeIris);
    for (String iri : sorted) {
      if (iri.startsWith(AS)) {
        return iri.substring(AS.length());
      }
    }
    String first = sorted.isEmpty() ? "" : sorted.first();
    int cut = Math.max(first.lastIndexOf('#'), first.lastIndexOf('/'));
    return cut >= 0 && cut < first.length() - 1 ? first.substring(cut + 1) : first;
  }
}
