// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/**
 * A live copy of a peer's object as the network reads show it, with its attribution.
 *
 * @param id the copy's local id
 * @param objectId the object's ActivityPub id (on the peer)
 * @param kind what it is
 * @param audience who may read it here
 * @param name its name, or null
 * @param summary its summary, or null
 * @param themes theme keys
 * @param url its page on the peer's site, or null
 * @param published when the peer published it, or null
 * @param updated when the peer last changed it, or null
 * @param originActor the territory actor it is attributed to
 * @param originHost that actor's host
 * @param originName that territory's name, when known
 * @param announcedBy the territory that re-shared it here, or null
 * @param receivedAt when this node first copied it
 */
public record NetworkObjectView(
    long id,
    URI objectId,
    RemoteObjectKind kind,
    CopyAudience audience,
    String name,
    String summary,
    List<String> themes,
    URI url,
    OffsetDateTime published,
    OffsetDateTime updated,
    URI originActor,
    String originHost,
    String originName,
    URI announcedBy,
    OffsetDateTime receivedAt) {

  static NetworkObjectView of(RemoteObject copy) {
    return new NetworkObjectView(
        copy.id(),
        copy.objectId(),
        copy.kind(),
        copy.audience(),
        copy.name().orElse(null),
        copy.summary().orElse(null),
        copy.themes(),
        copy.url().orElse(null),
        copy.published().orElse(null),
        copy.updated().orElse(null),
        copy.originActor(),
        copy.originHost(),
        copy.originName().orElse(null),
        copy.announcedBy().orElse(null),
        copy.receivedAt());
  }
}
