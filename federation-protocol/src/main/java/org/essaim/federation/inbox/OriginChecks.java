// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.inbox;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.essaim.federation.inbox.OriginViolationException.Reason;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.MultikeyMethod;
import org.essaim.federation.vocab.PublicKey;

/**
 * Origin rules for inbound federation. Each check throws {@link OriginViolationException} with a
 * reason; none fetches anything (the caller resolves the actor, by a signed fetch, before).
 *
 * <p>An origin is scheme + host + port, compared case-insensitively on the host.
 */
public final class OriginChecks {

  private OriginChecks() {}

  /**
   * The key that signed the request (HTTP signature keyId) or the object (proof verificationMethod)
   * must be listed by the actor document, and name that actor as its owner or controller. Verifying
   * a signature proves possession of a key, not that the key speaks for the actor the activity
   * claims.
   */
  public static void requireKeyOwnedBy(URI keyId, Actor actor) {
    Objects.requireNonNull(keyId, "keyId");
    boolean listed =
        actor.publicKeys().stream()
                .filter(k -> k.id().equals(keyId))
                .map(PublicKey::owner)
                .anyMatch(actor.id()::equals)
            || actor.assertionMethods().stream()
                .filter(k -> k.id().equals(keyId))
                .map(MultikeyMethod::controller)
                .anyMatch(actor.id()::equals);
    if (!listed) {
      throw new OriginViolationException(
          Reason.KEY_NOT_OWNED_BY_ACTOR,
          "the key <" + keyId + "> is not a key of <" + actor.id() + ">");
    }
  }

  /**
   * The activity comes from its actor's origin, and so does every object it embeds when it creates
   * or updates it; embedded objects are attributed to the actor if attributed at all. Announce,
   * Accept, Reject, Undo and Flag may embed others' objects (what they announce, the Follow they
   * accept), whose own origin is checked when they are fetched by id. Create, Update and Delete
   * must name an object of the actor's origin, embedded or referenced by id.
   */
  public static void requireSameOrigin(Activity activity) {
    URI actor = activity.actor();
    activity
        .id()
        .filter(id -> !sameOrigin(id, actor))
        .ifPresent(
            id -> {
              throw new OriginViolationException(
                  Reason.ACTIVITY_ORIGIN_MISMATCH,
                  "the activity <" + id + "> is not on the origin of its actor <" + actor + ">");
            });
    boolean authored =
        activity
            .type()
            .map(
                t ->
                    t == ActivityType.CREATE
                        || t == ActivityType.UPDATE
                        || t == ActivityType.DELETE)
            .orElse(false);
    if (!authored) {
      return;
    }
    // A Delete (or Update) names its object by id alone as often as it embeds it.
    for (URI object : activity.asObject().references(As.OBJECT)) {
      if (!sameOrigin(object, actor)) {
        throw new OriginViolationException(
            Reason.OBJECT_ORIGIN_MISMATCH,
            "the object <" + object + "> is not on the origin of the actor <" + actor + ">");
      }
    }
    for (AsObject object : activity.asObject().embedded(As.OBJECT)) {
      object
          .id()
          .filter(id -> !sameOrigin(id, actor))
          .ifPresent(
              id -> {
                throw new OriginViolationException(
                    Reason.OBJECT_ORIGIN_MISMATCH,
                    "the object <" + id + "> is not on the origin of the actor <" + actor + ">");
              });
      for (URI author : object.references(As.ATTRIBUTED_TO)) {
        if (!author.equals(actor)) {
          throw new OriginViolationException(
              Reason.ATTRIBUTION_MISMATCH,
              "the object is attributed to <"
                  + author
                  + ">, not to the sending actor <"
                  + actor
                  + ">");
        }
      }
    }
  }

  /** A document fetched from {@code address} must carry that address as its id. */
  public static void requireFetchedId(URI address, AsObject document) {
    if (document.id().filter(address::equals).isEmpty()) {
      throw new OriginViolationException(
          Reason.FETCHED_ID_MISMATCH,
          "the document fetched from <"
              + address
              + "> says its id is "
              + document.id().map(URI::toString).orElse("absent"));
    }
  }

  /** Same scheme, host (case-insensitive) and port, default ports made explicit. */
  public static boolean sameOrigin(URI a, URI b) {
    if (a.getScheme() == null
        || b.getScheme() == null
        || a.getHost() == null
        || b.getHost() == null) {
      return false;
    }
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
