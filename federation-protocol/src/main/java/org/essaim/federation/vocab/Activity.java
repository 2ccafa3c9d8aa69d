// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity: someone (the actor) did something (Create, Follow, Offer…) to an object. A typed
 * view over an {@link AsObject}; the object may be embedded or only named by its IRI.
 */
public record Activity(AsObject asObject) {

  public Activity {
    Objects.requireNonNull(asObject, "asObject");
    if (asObject.reference(As.ACTOR).isEmpty()) {
      throw new VocabularyException("an activity needs an actor");
    }
    if (asObject.types().isEmpty()) {
      throw new VocabularyException("an activity needs a type");
    }
  }

  /** The activity type, when it is one Essaim knows. */
  public Optional<ActivityType> type() {
    return ActivityType.among(asObject.types());
  }

  public Optional<URI> id() {
    return asObject.id();
  }

  public URI actor() {
    return asObject.reference(As.ACTOR).orElseThrow();
  }

  /** The IRI of the object, whether embedded or referenced. */
  public Optional<URI> objectId() {
    return asObject.reference(As.OBJECT);
  }

  /** The object, when the activity embeds it (Create, Update, most Accepts). */
  public Optional<AsObject> embeddedObject() {
    return asObject.embedded(As.OBJECT).stream().findFirst();
  }

  public Optional<URI> target() {
    return asObject.reference(As.TARGET);
  }

  public List<URI> to() {
    return asObject.references(As.TO);
  }

  public List<URI> cc() {
    return asObject.references(As.CC);
  }

  /** Addressed to everyone (the as:Public collection), in to or cc. */
  public boolean isPublic() {
    URI everyone = URI.create(As.PUBLIC);
    return to().contains(everyone) || cc().contains(everyone);
  }

  public Optional<Instant> published() {
    return asObject.instant(As.PUBLISHED);
  }

  public static Builder builder(ActivityType type) {
    return new Builder(type);
  }

  /** Builds an activity to send. */
  public static final class Builder {
    private final AsObject.Builder object = AsObject.builder();

    private Builder(ActivityType type) {
      object.type(type.iri());
    }

    public Builder id(URI id) {
      object.id(id);
      return this;
    }

    public Builder actor(URI actor) {
      object.set(As.ACTOR, new IriReference(actor));
      return this;
    }

    /** The object, embedded. */
    public Builder object(AsObject value) {
      object.set(As.OBJECT, value);
      return this;
    }

    /** The object, by IRI only. */
    public Builder object(URI value) {
      object.set(As.OBJECT, new IriReference(value));
      return this;
    }

    public Builder target(URI value) {
      object.set(As.TARGET, new IriReference(value));
      return this;
    }

    public Builder to(URI... recipients) {
      for (URI recipient : recipients) {
        object.add(As.TO, new IriReference(recipient));
      }
      return this;
    }

    public Builder cc(URI... recipients) {
      for (URI recipient : recipients) {
        object.add(As.CC, new IriReference(recipient));
      }
      return this;
    }

    public Builder published(Instant when) {
      object.set(As.PUBLISHED, Literal.dateTime(when));
      return this;
    }

    public Activity build() {
      return new Activity(object.build());
    }
  }
}
