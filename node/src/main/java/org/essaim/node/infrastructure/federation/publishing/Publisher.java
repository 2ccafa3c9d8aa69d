// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.IriReference;
import org.essaim.federation.vocab.Tombstone;
import org.essaim.node.application.federation.DeliveryQueue;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.application.federation.publishing.PublishingDecision;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.federation.FederationKeys;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Emits Create, Update and Delete for the shared objects, in the transaction of the domain change
 * that caused them: compares the object as it would be published now with what was last published,
 * records the new state, logs the activity in the outbox and hands it to the {@link DeliveryQueue}
 * for the followers' inboxes.
 */
@ApplicationScoped
public class Publisher {

  private static final Logger LOG = Logger.getLogger(Publisher.class.getName());
  private static final URI PUBLIC = URI.create(As.PUBLIC);

  @Inject SharedObjects objects;
  @Inject PublishingStore store;
  @Inject FederationKeys keys;
  @Inject DeliveryQueue delivery;
  @Inject PeerPolicy peers;
  @Inject Clock clock;

  void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) SharedObjectChanged change) {
    publish(change.kind(), change.id());
  }

  /**
   * Publishes what changed about one shared object.
   *
   * @return what was done
   */
  public PublishingDecision publish(ShareableKind kind, long id) {
    return publish(PublishedKind.of(kind), id);
  }

  /**
   * Publishes what changed about one object of any published kind (those that are not shareable
   * domain objects come from their {@link PublishedObjectSource}); call it inside a transaction.
   * Unchanged objects are a no-op.
   *
   * @return what was done
   */
  public PublishingDecision publish(PublishedKind kind, long id) {
    FederationUrls urls = objects.urls();
    URI address = urls.object(kind, id);
    Optional<SharedObject> now;
    try {
      now = objects.current(kind, id);
    } catch (FederationException | IllegalArgumentException e) {
      // A record the vocabulary refuses (or with an address that is not a URI) is not sent; the
      // change itself still commits.
      LOG.log(Level.WARNING, "Not published (refused by the vocabulary): " + address, e);
      return PublishingDecision.NOTHING;
    }
    Optional<PublishedObject> last = store.object(address);
    Optional<String> nowHash =
        now.map(o -> WireDocuments.fingerprint(o.audience().name(), addressed(o, urls)));
    PublishingDecision decision =
        PublishingDecision.decide(last.flatMap(PublishedObject::liveHash), nowHash);
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    switch (decision) {
      case CREATE:
      case UPDATE:
        share(decision, now.get(), nowHash.get(), last, urls, at);
        break;
      case DELETE:
        delete(kind, last.get(), urls, at);
        break;
      default:
        break;
    }
    return decision;
  }

  private void share(
      PublishingDecision decision,
      SharedObject object,
      String hash,
      Optional<PublishedObject> last,
      FederationUrls urls,
      Instant at) {
    URI activityId = urls.activity(UUID.randomUUID());
    JsonObject signed =
        WireDocuments.signed(
            addressed(object, urls),
            keys.keys().territoryEd25519().getPrivate(),
            urls.territoryEd25519Key(),
            at);
    Activity activity =
        audience(
                Activity.builder(
                        decision == PublishingDecision.CREATE
                            ? ActivityType.CREATE
                            : ActivityType.UPDATE)
                    .id(activityId)
                    .actor(urls.territoryActor())
                    .object(object.address()),
                object.audience(),
                urls)
            .published(at)
            .build();
    JsonObject document = WireDocuments.activity(activity, signed);
    if (last.isPresent()
        && last.get().audience() == Visibility.PUBLIC
        && object.audience() == Visibility.NETWORK) {
      // Restricted to the network: what was public is no longer listed publicly.
      store.withdraw(object.address(), EnumSet.of(Visibility.PUBLIC));
    }
    PublishedObject record =
        last.orElseGet(
            () -> {
              PublishedObject created =
                  new PublishedObject(object.address(), object.kind(), object.localId(), at);
              store.add(created);
              return created;
            });
    record.published(object.audience(), hash, WireDocuments.text(signed), activityId, at);
    log(decision.activityType(), activityId, object.address(), object.audience(), document, at);
  }

  private void delete(PublishedKind kind, PublishedObject last, FederationUrls urls, Instant at) {
    URI activityId = urls.activity(UUID.randomUUID());
    AsObject tombstone =
        new Tombstone(last.objectUri(), Optional.of(kind.type()), Optional.of(at)).toAsObject();
    Activity activity =
        audience(
                Activity.builder(ActivityType.DELETE)
                    .id(activityId)
                    .actor(urls.territoryActor())
                    .object(tombstone),
                last.audience(),
                urls)
            .published(at)
            .build();
    JsonObject document = WireDocuments.unsigned(activity.asObject());
    store.withdraw(last.objectUri(), EnumSet.of(Visibility.NETWORK, Visibility.PUBLIC));
    last.deleted(WireDocuments.text(WireDocuments.unsigned(tombstone)), activityId, at);
    log("Delete", activityId, last.objectUri(), last.audience(), document, at);
  }

  private void log(
      String type,
      URI activityId,
      URI object,
      Visibility audience,
      JsonObject document,
      Instant at) {
    Set<URI> inboxes = peers.followerInboxes();
    String text = WireDocuments.text(document);
    store.add(new OutboxActivity(activityId, type, object, audience, text, inboxes.size(), at));
    delivery.enqueue(activityId, text.getBytes(StandardCharsets.UTF_8), inboxes);
  }

  /** The object with its addressing: followers, and the public for PUBLIC objects only. */
  static AsObject addressed(SharedObject object, FederationUrls urls) {
    AsObject.Builder builder =
        object.object().toBuilder().set(As.TO, new IriReference(urls.territoryFollowers()));
    if (object.audience() == Visibility.PUBLIC) {
      builder.set(As.CC, new IriReference(PUBLIC));
    }
    return builder.build();
  }

  private static Activity.Builder audience(
      Activity.Builder activity, Visibility audience, FederationUrls urls) {
    activity.to(urls.territoryFollowers());
    if (audience == Visibility.PUBLIC) {
      activity.cc(PUBLIC);
    }
    return activity;
  }
}
