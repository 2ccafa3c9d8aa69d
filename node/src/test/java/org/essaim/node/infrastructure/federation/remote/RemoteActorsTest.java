// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.node.infrastructure.federation.http.FederationHttpClient;
import org.essaim.node.infrastructure.federation.http.RemoteResponse;
import org.junit.jupiter.api.Test;

class RemoteActorsTest {

  static final URI ID = URI.create("https://miramas.example/actors/territory");
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  int fetches;
  int tableReads;
  final Map<URI, RemoteActorCache.Cached> table = new HashMap<>();
  final RemoteActors actors = new RemoteActors();

  RemoteActorsTest() {
    byte[] document =
        new ActivityStreamsCodec()
            .writeBytes(
                Actor.builder(ActorType.ORGANIZATION, ID, URI.create(ID + "/inbox"))
                    .build()
                    .asObject());
    actors.http =
        new FederationHttpClient() {
          @Override
          public RemoteResponse get(URI url) {
            fetches++;
            return new RemoteResponse(url, 200, Optional.of("application/activity+json"), document);
          }
        };
    actors.cache =
        new RemoteActorCache() {
          @Override
          public Optional<Cached> find(URI actorId, OffsetDateTime freshAfter) {
            tableReads++;
            return Optional.ofNullable(table.get(actorId))
                .filter(c -> c.fetchedAt().isAfter(freshAfter));
          }

          @Override
          public void store(Actor actor, String document, OffsetDateTime fetchedAt) {
            table.put(actor.id(), new Cached(document, fetchedAt));
          }
        };
    actors.ttl = "PT1H";
    at(T0);
  }

  void at(Instant now) {
    actors.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  @Test
  void aFetchedActorIsServedFromMemoryWithoutReadingTheTableAgain() {
    RemoteActors.Resolved first = actors.resolve(ID);
    assertThat(first.fromCache()).isFalse();
    RemoteActors.Resolved second = actors.resolve(ID);
    RemoteActors.Resolved third = actors.resolve(ID);

    assertThat(fetches).isEqualTo(1);
    assertThat(tableReads).isEqualTo(1); // only before the first fetch
    assertThat(second.fromCache()).isTrue();
    assertThat(third.actor().id()).isEqualTo(ID);
    assertThat(third.fetchedAt()).isEqualTo(first.fetchedAt());
  }

  @Test
  void anActorFetchedByAnotherReplicaIsReadFromTheTableOnceThenFromMemory() {
    table.put(
        ID,
        new RemoteActorCache.Cached(
            new String(actors.http.get(ID).body(), StandardCharsets.UTF_8),
            T0.minusSeconds(60).atOffset(ZoneOffset.UTC)));
    fetches = 0;

    actors.resolve(ID);
    actors.resolve(ID);

    assertThat(fetches).isZero();
    assertThat(tableReads).isEqualTo(1);
  }

  @Test
  void pastTheTimeToLiveTheActorIsFetchedAgain() {
    actors.resolve(ID);
    at(T0.plus(Duration.ofHours(1)).plusSeconds(1));

    RemoteActors.Resolved later = actors.resolve(ID);

    assertThat(later.fromCache()).isFalse();
    assertThat(fetches).isEqualTo(2);
  }

  @Test
  void aRefreshReplacesTheActorInMemory() {
    actors.resolve(ID);
    at(T0.plusSeconds(120));

    actors.refresh(ID);
    RemoteActors.Resolved after = actors.resolve(ID);

    assertThat(fetches).isEqualTo(2);
    assertThat(after.fetchedAt()).isEqualTo(T0.plusSeconds(120).atOffset(ZoneOffset.UTC));
  }
}
