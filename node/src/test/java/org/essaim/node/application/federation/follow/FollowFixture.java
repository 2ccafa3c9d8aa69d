// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.Literal;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerDirectories;
import org.essaim.node.application.federation.PeerDirectory;
import org.essaim.node.interfaces.federation.FederationUrls;

/** A follow service over in-memory peers, a recording queue and fake remote actors. */
final class FollowFixture {

  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  static final URI US = URI.create("https://a.example/actors/territory");
  static final URI B = URI.create("https://b.example/actors/territory");
  static final URI B_INBOX = URI.create("https://b.example/actors/territory/inbox");
  static final URI B_SHARED = URI.create("https://b.example/inbox");
  static final URI C = URI.create("https://c.example/actors/territory");
  static final URI C_INBOX = URI.create("https://c.example/actors/territory/inbox");
  static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  final InMemoryPeers peers = new InMemoryPeers();
  final InMemoryPolicies policies = new InMemoryPolicies();
  final RecordingDeliveryQueue delivery = new RecordingDeliveryQueue();
  final List<URI> backfilled = new ArrayList<>();
  final Map<URI, Actor> remote = new HashMap<>();
  final PeerDirectory directory = PeerDirectories.of(peers, policies, new LabelAttestations());
  final FollowService service;
  final NetworkPolicyService policyService = new NetworkPolicyService();

  FollowFixture() {
    remote.put(B, actor(B, B_INBOX, B_SHARED, "b", "Territoire B"));
    remote.put(C, actor(C, C_INBOX, null, "c", "Territoire C"));
    service =
        new FollowService() {
          @Override
          protected FederationUrls urls() {
            return new FederationUrls("https://a.example");
          }
        };
    service.peers = peers;
    service.directory = directory;
    service.delivery = delivery;
    service.remoteActors =
        id -> {
          Actor actor = remote.get(id);
          if (actor == null) {
            throw new IllegalStateException("no actor " + id);
          }
          return actor;
        };
    service.backfill = backfilled::add;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    policyService.policies = policies;
    policyService.follows = service;
    policyService.clock = service.clock;
  }

  static Actor actor(URI id, URI inbox, URI shared, String username, String name) {
    Actor.Builder builder =
        Actor.builder(ActorType.ORGANIZATION, id, inbox)
            .preferredUsername(username)
            .add(As.NAME, Literal.string(name));
    if (shared != null) {
      builder.sharedInbox(shared);
    }
    return builder.build();
  }

  /** An inbound activity as the inbox would hand it over: parsed from JSON, signed by signer. */
  static InboundActivity inbound(URI signer, String json) {
    Activity activity = new Activity(CODEC.read(json.getBytes(StandardCharsets.UTF_8)));
    String type = activity.type().map(ActivityType::iri).orElseThrow().substring(As.NS.length());
    return new InboundActivity(
        activity.id().orElseThrow(),
        type,
        signer,
        activity,
        json,
        OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
  }

  static String follow(String id, URI actor, URI object) {
    return """
        {"@context":"https://www.w3.org/ns/activitystreams","id":"%s","type":"Follow",
         "actor":"%s","object":"%s"}"""
        .formatted(id, actor, object);
  }
}
