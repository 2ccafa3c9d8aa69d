// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event: an ideation evening (« soirée de créativité »), a dream-collection session, a workshop,
 * a forum. A typed view; Mobilizon and others add their own properties, which stay in the
 * underlying object.
 */
public record Event(AsObject asObject) {

  public Event {
    Objects.requireNonNull(asObject, "asObject");
    if (!asObject.hasType(As.EVENT)) {
      throw new VocabularyException("not an Event");
    }
    if (asObject.instant(As.START_TIME).isEmpty()) {
      throw new VocabularyException("an event needs a startTime");
    }
  }

  public Optional<URI> id() {
    return asObject.id();
  }

  public Optional<String> name(String language) {
    return asObject.string(As.NAME, language);
  }

  public Instant startTime() {
    return asObject.instant(As.START_TIME).orElseThrow();
  }

  public Optional<Instant> endTime() {
    return asObject.instant(As.END_TIME);
  }

  /** The place, when the event embeds one. */
  public Optional<Place> location() {
    return asObject.embedded(As.LOCATION).stream()
        .filter(o -> o.hasType(As.PLACE))
        .findFirst()
        .map(Place::from);
  }

  public Optional<URI> url() {
    return asObject.reference(As.URL);
  }

  public static Builder builder(URI id, Instant startTime) {
    return new Builder(id, startTime);
  }

  /** Builds an event to publish. */
  public static final class Builder {
    private final AsObject.Builder object = AsObject.builder();

    private Builder(URI id, Instant startTime) {
      object.id(id).type(As.EVENT).dateTime(As.START_TIME, startTime);
    }

    public Builder name(String text, String language) {
      object.add(As.NAME, Literal.string(text, language));
      return this;
    }

    public Builder summary(String text, String language) {
      object.add(As.SUMMARY, Literal.string(text, language));
      return this;
    }

    public Builder endTime(Instant value) {
      object.set(As.END_TIME, Literal.dateTime(value));
      return this;
    }

    public Builder location(Place place) {
      object.set(As.LOCATION, place.toAsObject());
      return this;
    }

    public Builder attributedTo(URI actor) {
      object.set(As.ATTRIBUTED_TO, new IriReference(actor));
      return this;
    }

    public Builder url(URI page) {
      object.set(As.URL, new IriReference(page));
      return this;
    }

    public Event build() {
      return new Event(object.build());
    }
  }
}
