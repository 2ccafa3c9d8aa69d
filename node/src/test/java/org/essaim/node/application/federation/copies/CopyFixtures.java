// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonObject;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;

/** Peers, documents and in-memory stores for the unit tests of remote copies. */
final class CopyFixtures {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final URI VIERZON = URI.create("https://vierzon.example/actors/territory");
  static final URI VIERZON_OTHER = URI.create("https://vierzon.example/actors/other");
  static final URI LONS = URI.create("https://lons.example/actors/territory");
  static final URI STRANGER = URI.create("https://stranger.example/actors/territory");
  static final URI PUBLIC = URI.create(As.PUBLIC);
  static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2025-03-02T10:00:00Z");

  private CopyFixtures() {}

  /** A valid Essaim project of {@code territory}, addressed to everyone unless said otherwise. */
  static AsObject project(URI id, URI territory, String name, Instant updated, boolean isPublic) {
    AsObject.Builder builder =
        new Project(
                id,
                territory,
                LocalizedText.fr(name),
                LocalizedText.fr("Résumé de " + name),
                "emergence",
                "ACTIVE",
                null,
                List.of("circular-economy.repair"),
                List.of(),
                null,
                null,
                List.of(),
                null,
                false,
                true,
                null,
                null,
                null,
                URI.create(id + "/page"))
            .toAsObject().toBuilder().set(As.PUBLISHED, Literal.dateTime(T1));
    if (updated != null) {
      builder.set(As.UPDATED, Literal.dateTime(updated));
    }
    builder.add(As.TO, new IriReference(isPublic ? PUBLIC : URI.create(territory + "/followers")));
    return builder.build();
  }

  static AsObject project(URI id, URI territory, String name) {
    return project(id, territory, name, null, true);
  }

  static Activity activity(ActivityType type, URI actor, AsObject object) {
    return Activity.builder(type)
        .id(
            URI.create(
                actor + "/activities/" + type.name().toLowerCase() + "-" + object.hashCode()))
        .actor(actor)
        .object(object)
        .to(PUBLIC)
        .build();
  }

  static Activity activity(ActivityType type, URI actor, URI objectId) {
    return Activity.builder(type)
        .id(
            URI.create(
                actor + "/activities/" + type.name().toLowerCase() + "-" + objectId.hashCode()))
        .actor(actor)
        .object(objectId)
        .to(PUBLIC)
        .build();
  }

  /** As the inbox hands it over: the document as written, read back with the codec. */
  static InboundActivity inbound(Activity activity) {
    String document = CODEC.writeString(activity.asObject());
    Activity read =
        new Activity(CODEC.read(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String type = read.type().map(t -> t.iri().substring(As.NS.length())).orElseThrow();
    return new InboundActivity(
        read.id().orElseThrow(),
        type,
        read.actor(),
        read,
        document,
        OffsetDateTime.parse("2025-03-03T10:00:00Z"));
  }

  static FetchedDocument fetched(AsObject object) {
    return fetched(CODEC.write(object));
  }

  static FetchedDocument fetched(JsonObject json) {
    String text = json.toString();
    return new FetchedDocument(
        CODEC.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), json, text);
  }

  /** Follows the listed actors, admits everyone but the blocked. */
  static final class Peers implements PeerPolicy {
    final Set<URI> followed = new HashSet<>();
    final Set<URI> blocked = new HashSet<>();

    Peers(URI... followed) {
      this.followed.addAll(List.of(followed));
    }

    @Override
    public boolean admits(URI actorId) {
      return !blocked.contains(actorId);
    }

    @Override
    public boolean follows(URI actorId) {
      return followed.contains(actorId);
    }

    @Override
    public boolean mayReadNetwork(URI requester) {
      return false;
    }

    @Override
    public Set<URI> followerInboxes() {
      return Set.of();
    }
  }

  /** Remote documents served from maps; a missing one is unreachable. */
  static final class Documents implements RemoteDocuments {
    final Map<URI, FetchedDocument> documents = new HashMap<>();
    final Map<URI, Actor> actors = new HashMap<>();
    final List<URI> fetches = new ArrayList<>();

    void serve(AsObject object) {
      documents.put(object.id().orElseThrow(), fetched(object));
    }

    @Override
    public FetchedDocument fetch(URI id) {
      fetches.add(id);
      FetchedDocument document = documents.get(id);
      if (document == null) {
        throw new RemoteFetchException("<" + id + "> answered 404");
      }
      return document;
    }

    @Override
    public Actor actor(URI id) {
      Actor actor = actors.get(id);
      if (actor == null) {
        throw new RemoteFetchException("actor <" + id + "> answered 404");
      }
      return actor;
    }
  }

  /** Copies in a list. */
  static final class Copies implements RemoteObjectRepository {
    final List<RemoteObject> all = new ArrayList<>();

    @Override
    public Optional<RemoteObject> findByObjectId(URI objectId) {
      return all.stream().filter(c -> c.objectId().equals(objectId)).findFirst();
    }

    @Override
    public Optional<RemoteObject> find(long id) {
      return Optional.empty();
    }

    @Override
    public List<RemoteObject> search(RemoteObjectSearch search, int offset, int limit) {
      return List.copyOf(all);
    }

    @Override
    public long count(RemoteObjectSearch search) {
      return all.size();
    }

    @Override
    public void add(RemoteObject object) {
      all.add(object);
    }
  }

  /** Records the change events {@link RemoteCopies} fires. */
  static final class Changes implements Event<RemoteCopyChanged> {
    final List<RemoteCopyChanged> fired = new ArrayList<>();

    @Override
    public void fire(RemoteCopyChanged event) {
      fired.add(event);
    }

    @Override
    public <U extends RemoteCopyChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RemoteCopyChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<RemoteCopyChanged> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RemoteCopyChanged> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends RemoteCopyChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
