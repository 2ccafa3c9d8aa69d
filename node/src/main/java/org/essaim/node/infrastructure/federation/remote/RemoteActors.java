// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;

/**
 * Remote actors by id: their inboxes and keys. Documents are fetched through the {@link
 * FederationHttpClient} (signed by the instance actor, address policy applied), read with the
 * bundled contexts only, required to carry the address they came from as their id, and cached in
 * the {@code remote_actor} table for {@code essaim.federation.actor-cache.ttl} (default one day).
 */
@ApplicationScoped
public class RemoteActors {

  @Inject FederationHttpClient http;
  @Inject RemoteActorCache cache;

  @Inject
  @ConfigProperty(name = "essaim.federation.actor-cache.ttl", defaultValue = "P1D")
  String ttl;

  Clock clock = Clock.systemUTC();

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /**
   * Parsed actors, in front of the database cache: reading the stored document again (a query and a
   * JSON-LD read) was a third of the inbox's cost per activity. Same freshness rule as the table; a
   * replica holding an actor whose key was rotated elsewhere refetches it when a signature fails
   * ({@link #refresh}), as with the table.
   */
  private final Map<URI, Resolved> parsed = new ConcurrentHashMap<>();

  static final int MAX_PARSED = 10_000;

  /**
   * An actor, whether it came from the cache (so that a failed check may refetch it once) and when
   * it was fetched.
   */
  public record Resolved(Actor actor, boolean fromCache, OffsetDateTime fetchedAt) {}

  /** The actor document at {@code id}, whose own id must be that address; cached. */
  public Actor actor(URI id) {
    return resolve(id).actor();
  }

  /** The actor, from the cache when fresh, else fetched (and cached). */
  public Resolved resolve(URI id) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime freshAfter = now.minus(ttl());
    Resolved known = parsed.get(id);
    if (known != null && known.fetchedAt().isAfter(freshAfter)) {
      return known;
    }
    Optional<RemoteActorCache.Cached> cached = cache.find(id, freshAfter);
    if (cached.isPresent()) {
      return remember(
          new Resolved(
              read(id, cached.get().document().getBytes(UTF8)), true, cached.get().fetchedAt()));
    }
    return new Resolved(refresh(id), false, now);
  }

  /** The actor fetched again (after a key rotation, or a failed signature check), and cached. */
  public Actor refresh(URI id) {
    RemoteResponse response = http.get(id);
    if (!response.isSuccess()) {
      throw new RemoteRequestException("Actor " + id + " answered " + response.status());
    }
    Actor actor = read(id, response.body());
    OffsetDateTime fetchedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    cache.store(actor, new String(response.body(), UTF8), fetchedAt);
    // Served from memory from now on, as from the table: "from the cache" for the refetch rule.
    remember(new Resolved(actor, true, fetchedAt));
    return actor;
  }

  private Resolved remember(Resolved resolved) {
    if (parsed.size() >= MAX_PARSED) {
      parsed.clear(); // crude but bounded; the table still holds every actor
    }
    parsed.put(resolved.actor().id(), resolved);
    return resolved;
  }

  /** The cache's time to live, {@code essaim.federation.actor-cache.ttl} (ISO-8601 duration). */
  Duration ttl() {
    try {
      Duration parsed = Duration.parse(ttl.strip());
      return parsed.isNegative() ? Duration.ZERO : parsed;
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "essaim.federation.actor-cache.ttl must be an ISO-8601 duration such as P1D or PT6H", e);
    }
  }

  private Actor read(URI id, byte[] body) {
    AsObject document = codec.read(body);
    OriginChecks.requireFetchedId(id, document);
    return new Actor(document);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
