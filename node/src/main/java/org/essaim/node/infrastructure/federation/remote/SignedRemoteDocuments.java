// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.application.federation.copies.FetchedDocument;
import org.essaim.node.application.federation.copies.RemoteDocuments;
import org.essaim.node.application.federation.copies.RemoteFetchException;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;

/**
 * Remote documents by signed GET (as the instance actor): JSON only, read with the library codec
 * (bundled contexts only, size limits), and whose id is the address they were fetched from.
 */
@ApplicationScoped
public class SignedRemoteDocuments implements RemoteDocuments {

  @Inject FederationHttpClient http;
  @Inject RemoteActors actors;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  @Override
  public FetchedDocument fetch(URI id) {
    try {
      RemoteResponse response = http.get(id);
      if (!response.isSuccess()) {
        throw new RemoteFetchException("<" + id + "> answered " + response.status());
      }
      String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
      if (!type.contains("json")) {
        throw new RemoteFetchException(
            "<" + id + "> is not a JSON document (Content-Type: " + type + ")");
      }
      AsObject object = codec.read(response.body());
      OriginChecks.requireFetchedId(id, object);
      String text = new String(response.body(), StandardCharsets.UTF_8);
      JsonObject json;
      try (var reader = Json.createReader(new StringReader(text))) {
        json = reader.readObject();
      }
      return new FetchedDocument(object, json, text);
    } catch (RemoteRequestException | FederationException | JsonException e) {
      throw new RemoteFetchException(e.getMessage(), e);
    }
  }

  @Override
  public Actor actor(URI id) {
    try {
      return actors.actor(id);
    } catch (RemoteRequestException | FederationException e) {
      throw new RemoteFetchException(e.getMessage(), e);
    }
  }
}
