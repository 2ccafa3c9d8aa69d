// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ActivityPub actor: a territory node (Organization), an instance actor (Application), a person
 * on another server. A typed view over an {@link AsObject}.
 */
public record Actor(AsObject asObject) {

  public Actor {
    Objects.requireNonNull(asObject, "asObject");
    if (asObject.id().isEmpty()) {
      throw new VocabularyException("an actor needs an id");
    }
    if (asObject.reference(As.INBOX).isEmpty()) {
      throw new VocabularyException("an actor needs an inbox");
    }
  }

  public URI id() {
    return asObject.id().orElseThrow();
  }

  public Optional<ActorType> type() {
    return ActorType.among(asObject.types());
  }

  public URI inbox() {
    return asObject.reference(As.INBOX).orElseThrow();
  }

  public Optional<URI> outbox() {
    return asObject.reference(As.OUTBOX);
  }

  public Optional<URI> followers() {
    return asObject.reference(As.FOLLOWERS);
  }

  public Optional<URI> following() {
    return asObject.reference(As.FOLLOWING);
  }

  /** The shared inbox, where one delivery reaches every follower on that server. */
  public Optional<URI> sharedInbox() {
    return asObject.embedded(As.ENDPOINTS).stream()
        .flatMap(e -> e.reference(As.SHARED_INBOX).stream())
        .findFirst();
  }

  public Optional<String> preferredUsername() {
    return asObject.string(As.PREFERRED_USERNAME);
  }

  public Optional<String> name() {
    return asObject.string(As.NAME);
  }

  public boolean manuallyApprovesFollowers() {
    return asObject.bool(As.MANUALLY_APPROVES_FOLLOWERS).orElse(false);
  }

  /** RSA keys (security v1), embedded in the actor. */
  public List<PublicKey> publicKeys() {
    return asObject.embedded(Sec.PUBLIC_KEY).stream().map(PublicKey::from).toList();
  }

  /** Multikeys (FEP-521a) listed as assertion methods, embedded in the actor. */
  public List<MultikeyMethod> assertionMethods() {
    return asObject.embedded(Sec.ASSERTION_METHOD).stream().map(MultikeyMethod::from).toList();
  }

  public static Builder builder(ActorType type, URI id, URI inbox) {
    return new Builder(type, id, inbox);
  }

  /** Builds an actor document to publish. */
  public static final class Builder {
    private final AsObject.Builder object = AsObject.builder();

    private Builder(ActorType type, URI id, URI inbox) {
      object.id(id).type(type.iri()).reference(As.INBOX, inbox);
    }

    public Builder outbox(URI value) {
      object.set(As.OUTBOX, new IriReference(value));
      return this;
    }

    public Builder followers(URI value) {
      object.set(As.FOLLOWERS, new IriReference(value));
      return this;
    }

    public Builder following(URI value) {
      object.set(As.FOLLOWING, new IriReference(value));
      return this;
    }

    public Builder sharedInbox(URI value) {
      object.set(
          As.ENDPOINTS, AsObject.builder().add(As.SHARED_INBOX, new IriReference(value)).build());
      return this;
    }

    public Builder preferredUsername(String value) {
      object.set(As.PREFERRED_USERNAME, Literal.string(value));
      return this;
    }

    /** The display name, in one language. */
    public Builder name(String value, String language) {
      object.add(As.NAME, Literal.string(value, language));
      return this;
    }

    public Builder summary(String value, String language) {
      object.add(As.SUMMARY, Literal.string(value, language));
      return this;
    }

    public Builder url(URI value) {
      object.set(As.URL, new IriReference(value));
      return this;
    }

    public Builder manuallyApprovesFollowers(boolean value) {
      object.set(As.MANUALLY_APPROVES_FOLLOWERS, Literal.bool(value));
      return this;
    }

    public Builder publicKey(PublicKey key) {
      object.add(Sec.PUBLIC_KEY, key.toAsObject());
      return this;
    }

    public Builder assertionMethod(MultikeyMethod key) {
      object.add(Sec.ASSERTION_METHOD, key.toAsObject());
      return this;
    }

    /** Any other property, e.g. Essaim's territory profile. */
    public Builder add(String property, AsValue value) {
      object.add(property, value);
      return this;
    }

    public Actor build() {
      return new Actor(object.build());
    }
  }
}
