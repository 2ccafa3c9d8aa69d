// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Note or an Article: something written, with a name, a summary and content that may each come in
 * several languages (French first for Essaim, the {@code *Map} forms on the wire).
 */
public record ContentObject(AsObject asObject) {

  public ContentObject {
    Objects.requireNonNull(asObject, "asObject");
    if (!asObject.hasType(As.NOTE) && !asObject.hasType(As.ARTICLE)) {
      throw new VocabularyException("not a Note or an Article");
    }
  }

  public Optional<URI> id() {
    return asObject.id();
  }

  public boolean isArticle() {
    return asObject.hasType(As.ARTICLE);
  }

  /** Name by language tag; a value without language is under "und". */
  public Map<String, String> name() {
    return texts(As.NAME);
  }

  public Map<String, String> summary() {
    return texts(As.SUMMARY);
  }

  public Map<String, String> content() {
    return texts(As.CONTENT);
  }

  public Optional<URI> attributedTo() {
    return asObject.reference(As.ATTRIBUTED_TO);
  }

  public Optional<Instant> published() {
    return asObject.instant(As.PUBLISHED);
  }

  public Optional<Instant> updated() {
    return asObject.instant(As.UPDATED);
  }

  public Optional<URI> url() {
    return asObject.reference(As.URL);
  }

  public Optional<URI> inReplyTo() {
    return asObject.reference(As.IN_REPLY_TO);
  }

  public List<URI> to() {
    return asObject.references(As.TO);
  }

  public List<URI> cc() {
    return asObject.references(As.CC);
  }

  private Map<String, String> texts(String property) {
    Map<String, String> texts = new java.util.LinkedHashMap<>(asObject.languageMap(property));
    asObject.values(property).stream()
        .filter(Literal.class::isInstance)
        .map(Literal.class::cast)
        .filter(l -> l.language() == null)
        .findFirst()
        .ifPresent(l -> texts.putIfAbsent("und", l.lexical()));
    return texts;
  }

  public static Builder note(URI id) {
    return new Builder(As.NOTE, id);
  }

  public static Builder article(URI id) {
    return new Builder(As.ARTICLE, id);
  }

  /** Builds a Note or an Article to publish. */
  public static final class Builder {
    private final AsObject.Builder object = AsObject.builder();

    private Builder(String type, URI id) {
      object.type(type).id(id);
    }

    public Builder name(String text, String language) {
      object.add(As.NAME, Literal.string(text, language));
      return this;
    }

    public Builder summary(String text, String language) {
      object.add(As.SUMMARY, Literal.string(text, language));
      return this;
    }

    /** HTML content in one language. */
    public Builder content(String html, String language) {
      object.add(As.CONTENT, Literal.string(html, language));
      return this;
    }

    public Builder attributedTo(URI actor) {
      object.set(As.ATTRIBUTED_TO, new IriReference(actor));
      return this;
    }

    public Builder published(Instant when) {
      object.set(As.PUBLISHED, Literal.dateTime(when));
      return this;
    }

    public Builder updated(Instant when) {
      object.set(As.UPDATED, Literal.dateTime(when));
      return this;
    }

    public Builder url(URI page) {
      object.set(As.URL, new IriReference(page));
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

    public ContentObject build() {
      return new ContentObject(object.build());
    }
  }
}
