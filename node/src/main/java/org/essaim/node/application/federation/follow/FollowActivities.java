// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.net.URI;
import java.util.Optional;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.IriReference;

/**
 * The follow activities this territory sends, as Mastodon shapes them: {@code Follow} names the
 * followed actor; {@code Accept}, {@code Reject} and {@code Undo} embed the Follow they answer
 * (with its id, actor and object), addressed to the other actor.
 *
 * @param territory this territory's actor id
 */
public record FollowActivities(URI territory) {

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  /** Our Follow of {@code followed}. */
  public Activity follow(URI id, URI followed) {
    return Activity.builder(ActivityType.FOLLOW)
        .id(id)
        .actor(territory)
        .object(followed)
        .to(followed)
        .build();
  }

  /** Accept of their Follow (embedded). */
  public Activity accept(URI id, URI follower, URI theirFollow) {
    return answer(
        ActivityType.ACCEPT, id, follower, embeddedFollow(theirFollow, follower, territory));
  }

  /** Reject of their Follow (embedded): a refused request, or a follower removed. */
  public Activity reject(URI id, URI follower, URI theirFollow) {
    return answer(
        ActivityType.REJECT, id, follower, embeddedFollow(theirFollow, follower, territory));
  }

  /** Undo of our Follow (embedded). */
  public Activity undoFollow(URI id, URI followed, URI ourFollow) {
    return answer(ActivityType.UNDO, id, followed, embeddedFollow(ourFollow, territory, followed));
  }

  private Activity answer(ActivityType type, URI id, URI to, AsObject follow) {
    return Activity.builder(type).id(id).actor(territory).object(follow).to(to).build();
  }

  private static AsObject embeddedFollow(URI id, URI actor, URI object) {
    AsObject.Builder follow = AsObject.builder().type(As.FOLLOW);
    if (id != null) {
      follow.id(id);
    }
    return follow
        .set(As.ACTOR, new IriReference(actor))
        .set(As.OBJECT, new IriReference(object))
        .build();
  }

  /** The document as sent (compact JSON-LD with the bundled contexts). */
  public static byte[] bytes(Activity activity) {
    return CODEC.writeBytes(activity.asObject());
  }

  /**
   * The Follow an Accept, Reject or Undo refers to: its id (the object's, whether embedded or
   * referenced), and, when embedded and typed Follow, its actor and object.
   *
   * @param id the Follow's id, when given
   * @param embedded whether the activity embeds a Follow
   * @param actor the embedded Follow's actor
   * @param object the embedded Follow's object
   */
  public record FollowReference(
      Optional<URI> id, boolean embedded, Optional<URI> actor, Optional<URI> object) {

    /** Reads the object of an Accept, Reject or Undo. */
    public static FollowReference of(Activity activity) {
      Optional<AsObject> embedded = activity.embeddedObject();
      if (embedded.isPresent()) {
        AsObject follow = embedded.get();
        if (!follow.hasType(As.FOLLOW)) {
          return new FollowReference(follow.id(), false, Optional.empty(), Optional.empty());
        }
        return new FollowReference(
            follow.id(), true, follow.reference(As.ACTOR), follow.reference(As.OBJECT));
      }
      return new FollowReference(activity.objectId(), false, Optional.empty(), Optional.empty());
    }

    /** Whether it embeds a Follow of {@code object} by {@code actor}. */
    public boolean isFollow(URI actor, URI object) {
      return embedded
          && this.actor.filter(actor::equals).isPresent()
          && this.object.filter(object::equals).isPresent();
    }
  }
}
