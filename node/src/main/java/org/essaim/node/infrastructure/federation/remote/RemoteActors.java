// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;

/**
 * Remote actors by id: their inboxes and keys.
 *
 * <p>Minimal version: fetched on every call (no cache yet).
 */
@ApplicationScoped
public class RemoteActors {

  @Inject FederationHttpClient http;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /** The actor document at {@code id}, whose own id must be that address. */
  public Actor actor(URI id) {
    return fetch(id);
  }

  /** The actor fetched again (after a key rotation, or a failed signature check). */
  public Actor refresh(URI id) {
    return fetch(id);
  }

  private Actor fetch(URI id) {
    RemoteResponse response = http.get(id);
    if (!response.isSuccess()) {
      throw new RemoteRequestException("Actor " + id + " answered " + response.status());
    }
    AsObject document = codec.read(response.body());
    OriginChecks.requireFetchedId(id, document);
    return new Actor(document);
  }
}
