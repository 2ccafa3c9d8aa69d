// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.FederationException;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Sec;
import org.essaim.federation.vocab.Tombstone;
import org.essaim.federation.vocab.VocabularyException;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;

/**
 * The rules of remote copies: what a followed peer's Create, Update, Delete and Announce do to the
 * copies of its objects, and how the backfill imports what it created before.
 *
 * <ul>
 *   <li>Only from actors this territory follows; others are ignored.
 *   <li>An object is copied only if its id is on its actor's origin and it is attributed to that
 *       actor (and nobody else); an Update or Delete of an object copied from another actor is
 *       rejected.
 *   <li>Delete before Create: a tombstone is recorded and wins over a later Create or Update.
 *   <li>Update replaces a copy only when newer ({@code updated}); an Update before its Create
 *       fetches the object from its id (out-of-order delivery).
 *   <li>Announce: the announced object is always fetched from its own origin, never taken from the
 *       activity; an embedded copy that differs, an unreachable origin or an invalid FEP-8b32 proof
 *       rejects it.
 * </ul>
 *
 * <p>Transactional: the inbox worker calls it inside its transaction; the backfill, item by item.
 */
@ApplicationScoped
@Transactional
public class RemoteCopies {

  @Inject PeerPolicy peers;
  @Inject RemoteObjectRepository copies;
  @Inject RemoteDocuments remote;
  @Inject Clock clock;
  @Inject NodeAddress node;
  @Inject Event<RemoteCopyChanged> changes;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  /** An inbound Create. */
  public HandlingOutcome create(InboundActivity inbound) {
    if (!peers.follows(inbound.actor())) {
      return notFollowed(inbound.actor());
    }
    return create(inbound.actor(), inbound.activity(), inbound.document(), null).outcome();
  }

  /**
   * A Create found in the outbox of {@code actor} by the backfill: same checks as an inbound one
   * (the outbox was fetched from the actor's origin, the activity's actor must be that actor).
   *
   * @param originName the actor's display name, kept with the copy
   */
  public CopyResult importCreate(URI actor, Activity create, String originName) {
    if (!actor.equals(create.actor())) {
      return CopyResult.rejected(
          "the activity's actor <" + create.actor() + "> is not the outbox's <" + actor + ">");
    }
    if (create.id().filter(id -> !OriginChecks.sameOrigin(id, actor)).isPresent()) {
      return CopyResult.rejected("the activity is not on the origin of <" + actor + ">");
    }
    return create(actor, create, null, originName);
  }

  /** An inbound Update. */
  public HandlingOutcome update(InboundActivity inbound) {
    URI actor = inbound.actor();
    if (!peers.follows(actor)) {
      return notFollowed(actor);
    }
    Activity activity = inbound.activity();
    Optional<AsObject> embedded = activity.embeddedObject().filter(o -> o.id().isPresent());
    Optional<URI> objectId = activity.objectId();
    if (objectId.isEmpty()) {
      return HandlingOutcome.rejected("an Update without an object id");
    }
    if (isActor(embedded, objectId.get(), actor)) {
      return HandlingOutcome.ignored("an update of an actor, not of a shared object");
    }
    Optional<RemoteObject> existing = copies.findByObjectId(objectId.get());
    if (existing.isPresent() && existing.get().isDeleted()) {
      return HandlingOutcome.ignored("<" + objectId.get() + "> was deleted: the tombstone wins");
    }
    if (existing.isPresent() && !existing.get().originActor().equals(actor)) {
      return HandlingOutcome.rejected(
          "<"
              + objectId.get()
              + "> was copied from <"
              + existing.get().originActor()
              + ">, not from <"
              + actor
              + ">");
    }
    if (existing.isEmpty() || embedded.isEmpty()) {
      // Update before Create (or by reference only): the object as its origin serves it now.
      CopyResult fetched = fetchAndStore(actor, objectId.get(), activity.asObject(), null, null);
      if (existing.isEmpty() && fetched.effect() == CopyResult.Effect.NEW) {
        return HandlingOutcome.processed(
            "Update before Create: <" + objectId.get() + "> fetched from its origin and copied");
      }
      return fetched.outcome();
    }
    return store(actor, embedded.get(), activity.asObject(), embeddedText(inbound), null, null)
        .outcome();
  }

  /** An inbound Delete: of a Tombstone or of an object id. */
  public HandlingOutcome delete(InboundActivity inbound) {
    URI actor = inbound.actor();
    if (!peers.follows(actor)) {
      return notFollowed(actor);
    }
    Activity activity = inbound.activity();
    Optional<URI> objectId = activity.objectId();
    if (objectId.isEmpty()) {
      return HandlingOutcome.rejected("a Delete without an object id");
    }
    URI id = objectId.get();
    if (id.equals(actor)) {
      return HandlingOutcome.ignored("the actor deleted itself: not a shared object");
    }
    if (!OriginChecks.sameOrigin(id, actor)) {
      return HandlingOutcome.rejected(
          "<" + id + "> is not on the origin of <" + actor + ">: it cannot delete it");
    }
    Instant now = clock.instant();
    Optional<RemoteObject> existing = copies.findByObjectId(id);
    if (existing.isEmpty()) {
      RemoteObjectKind kind =
          activity
              .embeddedObject()
              .filter(o -> o.hasType(As.TOMBSTONE))
              .flatMap(o -> Tombstone.from(o).formerType())
              .map(RemoteObjectKind::ofFormerType)
              .orElse(RemoteObjectKind.OTHER);
      copies.add(RemoteObject.tombstone(id, actor, kind, now));
      return HandlingOutcome.processed("Delete before Create: tombstone recorded for <" + id + ">");
    }
    RemoteObject copy = existing.get();
    if (!copy.originActor().equals(actor)) {
      return HandlingOutcome.rejected(
          "<" + id + "> was copied from <" + copy.originActor() + ">, not from <" + actor + ">");
    }
    if (copy.isDeleted()) {
      return HandlingOutcome.ignored("<" + id + "> was already deleted");
    }
    copy.delete(now);
    changes.fire(new RemoteCopyChanged(id, copy.kind(), RemoteCopyChanged.Change.DELETED));
    return HandlingOutcome.processed("copy of <" + id + "> deleted");
  }

  /** An inbound Announce: a followed territory re-shares another territory's object. */
  public HandlingOutcome announce(InboundActivity inbound) {
    URI announcer = inbound.actor();
    if (!peers.follows(announcer)) {
      return notFollowed(announcer);
    }
    Activity activity = inbound.activity();
    Optional<URI> objectId = activity.objectId();
    if (objectId.isEmpty()) {
      return HandlingOutcome.rejected("an Announce without an object id");
    }
    URI id = objectId.get();
    if (isOwn(id)) {
      return HandlingOutcome.ignored("<" + id + "> is this territory's own object, not a copy");
    }
    FetchedDocument fetched;
    try {
      fetched = remote.fetch(id);
    } catch (RemoteFetchException e) {
      return HandlingOutcome.rejected(
          "the announced object could not be fetched from its origin: " + e.getMessage());
    }
    List<URI> authors = fetched.object().references(As.ATTRIBUTED_TO);
    if (authors.size() != 1) {
      return HandlingOutcome.rejected(
          "the announced object <" + id + "> must be attributed to exactly one actor");
    }
    URI author = authors.get(0);
    if (!OriginChecks.sameOrigin(id, author)) {
      return HandlingOutcome.rejected(
          "the announced object <" + id + "> is not on the origin of its author <" + author + ">");
    }
    if (!peers.admits(author)) {
      return HandlingOutcome.ignored("the author <" + author + "> is not admitted here");
    }
    Optional<AsObject> embedded = activity.embeddedObject().filter(RemoteCopies::hasContent);
    if (embedded.isPresent() && !sameContent(embedded.get(), fetched.object())) {
      return HandlingOutcome.rejected(
          "the embedded object differs from <" + id + "> as its origin serves it: forged");
    }
    Optional<String> proofFailure = checkProof(fetched.json(), author);
    if (proofFailure.isPresent()) {
      return HandlingOutcome.rejected(
          "the proof of <" + id + "> is invalid: " + proofFailure.get());
    }
    return store(author, fetched.object(), activity.asObject(), fetched.text(), announcer, null)
        .outcome();
  }

  private CopyResult create(URI actor, Activity activity, String document, String originName) {
    Optional<AsObject> embedded = activity.embeddedObject().filter(o -> o.id().isPresent());
    if (embedded.isEmpty()) {
      Optional<URI> objectId = activity.objectId();
      if (objectId.isEmpty()) {
        return CopyResult.rejected("a Create without an object id");
      }
      Optional<RemoteObject> existing = copies.findByObjectId(objectId.get());
      if (existing.isPresent() && existing.get().isDeleted()) {
        return tombstoneWins(objectId.get());
      }
      return fetchAndStore(actor, objectId.get(), activity.asObject(), null, originName);
    }
    String text =
        document == null
            ? codec.writeString(embedded.get())
            : EmbeddedJson.object(document).orElseGet(() -> codec.writeString(embedded.get()));
    return store(actor, embedded.get(), activity.asObject(), text, null, originName);
  }

  private CopyResult fetchAndStore(
      URI actor, URI objectId, AsObject activity, URI announcer, String originName) {
    if (!OriginChecks.sameOrigin(objectId, actor)) {
      return CopyResult.rejected(
          "the object <" + objectId + "> is not on the origin of <" + actor + ">");
    }
    FetchedDocument fetched;
    try {
      fetched = remote.fetch(objectId);
    } catch (RemoteFetchException e) {
      return CopyResult.rejected(
          "the object <" + objectId + "> could not be fetched: " + e.getMessage());
    }
    return store(actor, fetched.object(), activity, fetched.text(), announcer, originName);
  }

  /** Checks an object attributed to {@code actor} and copies it (new, newer, or known). */
  private CopyResult store(
      URI actor,
      AsObject object,
      AsObject activity,
      String document,
      URI announcer,
      String originName) {
    URI id = object.id().orElse(null);
    if (id == null) {
      return CopyResult.rejected("an object without an id cannot be copied");
    }
    if (!OriginChecks.sameOrigin(id, actor)) {
      return CopyResult.rejected("the object <" + id + "> is not on the origin of <" + actor + ">");
    }
    if (isOwn(id)) {
      return CopyResult.ignored("<" + id + "> is this territory's own object, not a copy");
    }
    List<URI> authors = object.references(As.ATTRIBUTED_TO);
    if (authors.isEmpty() || authors.stream().anyMatch(a -> !a.equals(actor))) {
      return CopyResult.rejected(
          "the object <" + id + "> is attributed to " + authors + ", not to <" + actor + ">");
    }
    if (object.hasType(As.TOMBSTONE)) {
      return CopyResult.rejected("a Tombstone is not an object to copy");
    }
    CopyContent content;
    try {
      content = CopyContents.of(object, activity, document);
    } catch (VocabularyException e) {
      return CopyResult.rejected("the object <" + id + "> is not valid: " + e.getMessage());
    }
    Instant now = clock.instant();
    Optional<RemoteObject> existing = copies.findByObjectId(id);
    if (existing.isEmpty()) {
      RemoteObject copy = new RemoteObject(id, actor, content, now);
      copy.announcedBy(announcer);
      copy.originName(originName);
      copies.add(copy);
      changes.fire(new RemoteCopyChanged(id, copy.kind(), RemoteCopyChanged.Change.CREATED));
      return CopyResult.created("copied <" + id + ">");
    }
    RemoteObject copy = existing.get();
    if (copy.isDeleted()) {
      return tombstoneWins(id);
    }
    if (!copy.originActor().equals(actor)) {
      return CopyResult.rejected(
          "<" + id + "> was copied from <" + copy.originActor() + ">, not from <" + actor + ">");
    }
    if (!copy.isOlderThan(content.updated())) {
      return CopyResult.known("<" + id + "> is already copied and not newer");
    }
    copy.replace(content, now);
    copy.originName(originName);
    changes.fire(new RemoteCopyChanged(id, copy.kind(), RemoteCopyChanged.Change.UPDATED));
    return CopyResult.changed("copy of <" + id + "> updated");
  }

  /** Empty when the document has no proof or valid ones by keys of {@code author}. */
  private Optional<String> checkProof(JsonObject document, URI author) {
    if (!document.containsKey("proof")) {
      return Optional.empty();
    }
    try {
      org.essaim.federation.vocab.Actor actor = remote.actor(author);
      ObjectIntegrityProofs.verifyProofs(
          document,
          method -> keyOf(actor, author, method),
          ObjectIntegrityProofs.ASSERTION_METHOD,
          clock.instant());
      return Optional.empty();
    } catch (RemoteFetchException e) {
      return Optional.of("the author's keys could not be fetched: " + e.getMessage());
    } catch (FederationException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static PublicKey keyOf(
      org.essaim.federation.vocab.Actor actor, URI author, URI verificationMethod) {
    if (!actor.id().equals(author)) {
      return null;
    }
    return actor.assertionMethods().stream()
        .filter(m -> m.id().equals(verificationMethod) && m.controller().equals(author))
        .findFirst()
        .map(m -> Multikey.decodePublicKey(m.publicKeyMultibase()))
        .orElse(null);
  }

  /** The same statements, whatever their order, proofs aside. */
  static boolean sameContent(AsObject embedded, AsObject origin) {
    return withoutProof(embedded).equals(withoutProof(origin));
  }

  private static AsObject withoutProof(AsObject object) {
    return object.toBuilder().remove(Sec.PROOF).build();
  }

  /** Embedded with more than its id (something that could be taken for the object). */
  private static boolean hasContent(AsObject object) {
    return !object.types().isEmpty() || !object.properties().isEmpty();
  }

  private static boolean isActor(Optional<AsObject> embedded, URI objectId, URI actor) {
    if (objectId.equals(actor)) {
      return true;
    }
    return embedded
        .map(
            o ->
                ActorType.among(o.types()).isPresent()
                    || !o.values(As.INBOX).isEmpty()
                    || !o.values(Sec.PUBLIC_KEY).isEmpty())
        .orElse(false);
  }

  /** On this node's own origin: the original is here, never a copy of it. */
  private boolean isOwn(URI id) {
    return node != null && OriginChecks.sameOrigin(id, node.baseUrl());
  }

  private String embeddedText(InboundActivity inbound) {
    return EmbeddedJson.object(inbound.document())
        .orElseGet(() -> codec.writeString(inbound.activity().embeddedObject().orElseThrow()));
  }

  private static CopyResult tombstoneWins(URI id) {
    return CopyResult.known("<" + id + "> was deleted: the tombstone wins");
  }

  private static HandlingOutcome notFollowed(URI actor) {
    return HandlingOutcome.ignored("not followed: <" + actor + ">");
  }
}
