// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a copy holds of a version of a remote object: the document as received and the fields shown
 * in lists.
 *
 * @param kind what the object is
 * @param audience who may read the copy here
 * @param document the object's JSON document as received (or fetched)
 * @param name its name, French first, or null
 * @param summary its summary, French first, or null
 * @param themes theme keys
 * @param url its page on the peer's site, or null
 * @param published when the peer published it, or null
 * @param updated when the peer last changed it, or null
 */
public record CopyContent(
    RemoteObjectKind kind,
    CopyAudience audience,
    String document,
    String name,
    String summary,
    List<String> themes,
    URI url,
    Instant published,
    Instant updated) {

  public CopyContent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(document, "document");
    themes = List.copyOf(themes);
  }
}
