// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds about one object: its non-personal, shared fields only (the same fields its
 * ActivityStreams form carries), where it comes from and who may find it.
 *
 * @param objectUri the object's id (this node's federation address for its own objects)
 * @param kind what it is
 * @param origin this node's own object or a copy
 * @param localId the local record's id for LOCAL entries, null for copies
 * @param territoryActor the territory that publishes it
 * @param territoryName that territory's display name
 * @param region the territory's region (a perimeter area), or null
 * @param title name of the object
 * @param summary short text, or null
 * @param body longer plain text (HTML removed), or null
 * @param url its web page, or null
 * @param themes taxonomy keys of its themes with their ancestors
 * @param supportModes taxonomy keys of its support modes
 * @param stage project stage key, or null
 * @param legalForm legal form key of the carrier, or null
 * @param transferable whether it is a transferable solution or a project one was derived from
 * @param sourceProject for a solution, the project it comes from, or null
 * @param answersChallenge for a project, the défi it answers, or null
 * @param publicSearchable whether anonymous callers may find it
 * @param published when it was first published, or null
 * @param updated when it last changed
 */
public record SearchEntry(
    URI objectUri,
    SearchKind kind,
    SearchOrigin origin,
    Long localId,
    URI territoryActor,
    String territoryName,
    String region,
    String title,
    String summary,
    String body,
    URI url,
    List<String> themes,
    List<String> supportModes,
    String stage,
    String legalForm,
    boolean transferable,
    URI sourceProject,
    URI answersChallenge,
    boolean publicSearchable,
    Instant published,
    Instant updated) {

  /** Longest body kept: enough for relevance, bounded for the index. */
  public static final int MAX_BODY = 20_000;

  public SearchEntry {
    Objects.requireNonNull(objectUri, "objectUri");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(territoryActor, "territoryActor");
    Objects.requireNonNull(territoryName, "territoryName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(updated, "updated");
    if ((origin == SearchOrigin.LOCAL) != (localId != null)) {
      throw new IllegalArgumentException("a local id exactly for this node's own objects");
    }
    themes = List.copyOf(themes == null ? List.of() : themes);
    supportModes = List.copyOf(supportModes == null ? List.of() : supportModes);
    if (body != null && body.length() > MAX_BODY) {
      body = body.substring(0, MAX_BODY);
    }
  }
}
