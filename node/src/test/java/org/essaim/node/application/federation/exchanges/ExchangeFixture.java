// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.As;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.federation.DeliveryQueue;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.exchange.ExchangeDirection;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeRepository;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionRepository;
import org.essaim.node.domain.model.introduction.IntroductionState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;
import org.essaim.node.domain.shared.Visibility;

/** An ExchangeService over in-memory fakes: this node is lons.example, its peer vierzon.example. */
final class ExchangeFixture {

  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();
  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");
  static final URI US = URI.create("https://lons.example/actors/territory");
  static final URI VIERZON = URI.create("https://vierzon.example/actors/territory");
  static final URI VIERZON_INBOX = URI.create("https://vierzon.example/actors/territory/inbox");
  static final URI STRANGER = URI.create("https://stranger.example/actors/territory");
  static final URI OUR_SHEET = URI.create("https://lons.example/objects/method-sheets/3");
  static final URI OUR_SOLUTION = URI.create("https://lons.example/objects/solutions/5");
  static final URI THEIR_SHEET = URI.create("https://vierzon.example/objects/method-sheets/9");
  static final URI THEIR_SOLUTION = URI.create("https://vierzon.example/objects/solutions/4");
  static final URI OUR_PROJECT = URI.create("https://lons.example/objects/projects/3");
  static final URI OUR_LOCAL_PROJECT = URI.create("https://lons.example/objects/projects/4");
  static final URI OUR_PUBLIC_PROJECT = URI.create("https://lons.example/objects/projects/5");
  static final URI THEIR_PROJECT = URI.create("https://vierzon.example/objects/projects/12");

  final Exchanges exchanges = new Exchanges();
  final Copies copies = new Copies();
  final Recording delivery = new Recording();
  final Policy policy = new Policy();
  final Sheets sheetService = new Sheets();
  final ExchangeService service;
  final Introductions introductionRows = new Introductions();
  final IntroductionService introductions;

  ExchangeFixture() {
    service =
        new ExchangeService() {
          @Override
          Optional<Subject> subject(URI object) {
            if (object.equals(OUR_SHEET)) {
              return Optional.of(new Subject(true, 3, object));
            }
            if (object.equals(OUR_SOLUTION)) {
              return Optional.of(new Subject(false, 5, object));
            }
            return Optional.empty();
          }
        };
    service.exchanges = exchanges;
    service.copies = copies;
    service.peerPolicy = policy;
    service.peers = new Peers();
    service.remoteActors =
        id -> {
          throw new IllegalStateException("no fetch expected in these tests: " + id);
        };
    service.delivery = delivery;
    service.node = new NodeAddress(URI.create("https://lons.example"));
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.sheetService = sheetService;
    introductions =
        new IntroductionService() {
          @Override
          Optional<OwnProject> ownProject(long id) {
            return switch ((int) id) {
              case 3 -> Optional.of(new OwnProject(3, OUR_PROJECT, "Épicerie", Visibility.NETWORK));
              case 4 ->
                  Optional.of(
                      new OwnProject(4, OUR_LOCAL_PROJECT, "Local", Visibility.NODE_PUBLIC));
              case 5 ->
                  Optional.of(new OwnProject(5, OUR_PUBLIC_PROJECT, "Public", Visibility.PUBLIC));
              default -> Optional.empty();
            };
          }
        };
    introductions.introductions = introductionRows;
    introductions.copies = copies;
    introductions.peerPolicy = policy;
    introductions.peers = service.peers;
    introductions.remoteActors = service.remoteActors;
    introductions.delivery = delivery;
    introductions.node = service.node;
    introductions.clock = service.clock;
    service.introductions = introductions;
  }

  long copyOf(URI object, RemoteObjectKind kind, CopyAudience audience) {
    RemoteObject copy =
        new RemoteObject(
            object,
            VIERZON,
            new CopyContent(kind, audience, "{}", "Nom", null, List.of(), null, NOW, null),
            NOW);
    copies.add(copy);
    return copy.id();
  }

  static InboundActivity inbound(URI signer, Activity activity) {
    String document = CODEC.writeString(activity.asObject());
    Activity read = new Activity(CODEC.read(document.getBytes(StandardCharsets.UTF_8)));
    String type = read.type().map(t -> t.iri().substring(As.NS.length())).orElseThrow();
    return new InboundActivity(
        read.id().orElseThrow(),
        type,
        signer,
        read,
        document,
        OffsetDateTime.parse("2025-03-03T10:00:00Z"));
  }

  static URI activityId(URI actor) {
    return URI.create(actor.resolve("/activities/") + UUID.randomUUID().toString());
  }

  static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class Exchanges implements ExchangeRepository {
    final List<Exchange> all = new ArrayList<>();

    @Override
    public Optional<Exchange> find(long id) {
      return all.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public Optional<Exchange> findByActivity(ExchangeDirection direction, URI activityId) {
      return all.stream()
          .filter(e -> e.direction() == direction && e.activityId().equals(activityId))
          .findFirst();
    }

    @Override
    public void add(Exchange exchange) {
      setId(exchange, all.size() + 1L);
      all.add(exchange);
    }

    @Override
    public List<Exchange> list(
        ExchangeDirection direction,
        ExchangeKind kind,
        ExchangeState state,
        URI objectId,
        int offset,
        int limit) {
      return all.stream()
          .filter(e -> e.direction() == direction)
          .filter(e -> kind == null || e.kind() == kind)
          .filter(e -> state == null || e.state() == state)
          .filter(e -> objectId == null || e.objectId().equals(objectId))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(
        ExchangeDirection direction, ExchangeKind kind, ExchangeState state, URI objectId) {
      return list(direction, kind, state, objectId, 0, Integer.MAX_VALUE).size();
    }

    List<Exchange> received() {
      return all.stream().filter(e -> e.direction() == ExchangeDirection.RECEIVED).toList();
    }
  }

  static final class Introductions implements IntroductionRepository {
    final List<Introduction> all = new ArrayList<>();

    @Override
    public Optional<Introduction> find(long id) {
      return all.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public Optional<Introduction> findByOffer(IntroductionDirection direction, URI offerId) {
      return all.stream()
          .filter(i -> i.direction() == direction && i.offerId().equals(offerId))
          .findFirst();
    }

    @Override
    public Optional<Introduction> findLive(long projectId, URI remoteProject) {
      return all.stream()
          .filter(i -> i.projectId() == projectId && i.remoteProjectUri().equals(remoteProject))
          .filter(i -> i.state().isLive())
          .findFirst();
    }

    @Override
    public void add(Introduction introduction) {
      setId(introduction, all.size() + 1L);
      all.add(introduction);
    }

    @Override
    public List<Introduction> list(
        IntroductionDirection direction, IntroductionState state, int offset, int limit) {
      return all.stream()
          .filter(i -> direction == null || i.direction() == direction)
          .filter(i -> state == null || i.state() == state)
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(IntroductionDirection direction, IntroductionState state) {
      return list(direction, state, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public List<Introduction> links(long projectId) {
      return all.stream()
          .filter(i -> i.projectId() == projectId && i.state() == IntroductionState.ACCEPTED)
          .toList();
    }
  }

  static final class Copies implements RemoteObjectRepository {
    final Map<Long, RemoteObject> byId = new HashMap<>();

    @Override
    public Optional<RemoteObject> findByObjectId(URI objectId) {
      return byId.values().stream().filter(c -> c.objectId().equals(objectId)).findFirst();
    }

    @Override
    public Optional<RemoteObject> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<RemoteObject> search(RemoteObjectSearch search, int offset, int limit) {
      return List.copyOf(byId.values());
    }

    @Override
    public long count(RemoteObjectSearch search) {
      return byId.size();
    }

    @Override
    public void add(RemoteObject object) {
      long id = byId.size() + 10L;
      setId(object, id);
      byId.put(id, object);
    }
  }

  static final class Recording implements DeliveryQueue {
    record Sent(URI id, JsonObject activity, Set<URI> inboxes) {
      String type() {
        return activity.getString("type");
      }
    }

    final List<Sent> sent = new ArrayList<>();

    @Override
    public void enqueue(URI activityId, byte[] activity, Collection<URI> inboxes) {
      JsonObject json =
          Json.createReader(new StringReader(new String(activity, StandardCharsets.UTF_8)))
              .readObject();
      sent.add(new Sent(activityId, json, Set.copyOf(inboxes)));
    }

    Sent last() {
      return sent.get(sent.size() - 1);
    }
  }

  static final class Policy implements PeerPolicy {
    final Set<URI> blocked = new HashSet<>();
    final Set<URI> followers = new HashSet<>(Set.of(URI.create("https://b.example/inbox")));

    @Override
    public boolean admits(URI actorId) {
      return !blocked.contains(actorId);
    }

    @Override
    public boolean follows(URI actorId) {
      return true;
    }

    @Override
    public boolean mayReadNetwork(URI requester) {
      return false;
    }

    @Override
    public Set<URI> followerInboxes() {
      return followers;
    }
  }

  static final class Peers implements PeerRepository {
    final Peer vierzon;

    Peers() {
      vierzon = new Peer(UUID.randomUUID(), VIERZON, NOW);
      vierzon.describe(VIERZON_INBOX, null, "territory", "Vierzon", NOW);
    }

    @Override
    public Optional<Peer> find(UUID id) {
      return Optional.empty();
    }

    @Override
    public Optional<Peer> findByActor(URI actorId) {
      return actorId.equals(VIERZON) ? Optional.of(vierzon) : Optional.empty();
    }

    @Override
    public Optional<Peer> findByOurFollow(URI activityId) {
      return Optional.empty();
    }

    @Override
    public Optional<Peer> findByTheirFollow(URI activityId) {
      return Optional.empty();
    }

    @Override
    public void add(Peer peer) {}

    @Override
    public List<Peer> list(
        org.essaim.node.domain.model.peer.FollowState follower,
        org.essaim.node.domain.model.peer.FollowState following,
        String host,
        int offset,
        int limit) {
      return List.of();
    }

    @Override
    public long count(
        org.essaim.node.domain.model.peer.FollowState follower,
        org.essaim.node.domain.model.peer.FollowState following,
        String host) {
      return 0;
    }

    @Override
    public List<Peer> all() {
      return List.of();
    }
  }

  /** Records the revisions asked of the sheets. */
  static final class Sheets extends MethodSheetService {
    record Revision(long id, String body, String note, String author) {}

    final List<Revision> revisions = new ArrayList<>();

    @Override
    public int reviseBody(long id, String bodyMarkdown, String changeNote, String author) {
      revisions.add(new Revision(id, bodyMarkdown, changeNote, author));
      return 1 + revisions.size();
    }
  }
}
