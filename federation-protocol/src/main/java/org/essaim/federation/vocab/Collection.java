// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection or one page of it (outbox, followers, a territory's projects…), ordered or not.
 * Items may be embedded objects or IRIs.
 */
public record Collection(AsObject asObject) {

  private static final List<String> TYPES =
      List.of(As.COLLECTION, As.ORDERED_COLLECTION, As.COLLECTION_PAGE, As.ORDERED_COLLECTION_PAGE);

  public Collection {
    Objects.requireNonNull(asObject, "asObject");
    if (TYPES.stream().noneMatch(asObject::hasType)) {
      throw new VocabularyException("not a collection or collection page");
    }
  }

  public boolean isOrdered() {
    return asObject.hasType(As.ORDERED_COLLECTION) || asObject.hasType(As.ORDERED_COLLECTION_PAGE);
  }

  public boolean isPage() {
    return asObject.hasType(As.COLLECTION_PAGE) || asObject.hasType(As.ORDERED_COLLECTION_PAGE);
  }

  public Optional<Long> totalItems() {
    return asObject.integer(As.TOTAL_ITEMS);
  }

  public Optional<URI> first() {
    return asObject.reference(As.FIRST);
  }

  /** The first page, when the collection embeds it (Mastodon's replies do). */
  public Optional<Collection> embeddedFirst() {
    return asObject.embedded(As.FIRST).stream().findFirst().map(Collection::new);
  }

  public Optional<URI> last() {
    return asObject.reference(As.LAST);
  }

  public Optional<URI> next() {
    return asObject.reference(As.NEXT);
  }

  public Optional<URI> prev() {
    return asObject.reference(As.PREV);
  }

  public Optional<URI> partOf() {
    return asObject.reference(As.PART_OF);
  }

  /** The items of this collection or page, in order for ordered ones. */
  public List<AsValue> items() {
    List<AsValue> items = new ArrayList<>();
    for (AsValue value : asObject.values(As.ITEMS)) {
      if (value instanceof OrderedValues list) {
        items.addAll(list.values());
      } else {
        items.add(value);
      }
    }
    return items;
  }

  public static Builder builder(URI id, boolean ordered, boolean page) {
    return new Builder(id, ordered, page);
  }

  /** Builds a collection or page to serve. */
  public static final class Builder {
    private final AsObject.Builder object = AsObject.builder();
    private final boolean ordered;
    private final List<AsValue> items = new ArrayList<>();

    private Builder(URI id, boolean ordered, boolean page) {
      this.ordered = ordered;
      object.id(id);
      if (page) {
        object.type(ordered ? As.ORDERED_COLLECTION_PAGE : As.COLLECTION_PAGE);
      } else {
        object.type(ordered ? As.ORDERED_COLLECTION : As.COLLECTION);
      }
    }

    public Builder totalItems(long value) {
      // Typed as the ActivityStreams context types the term, so that it compacts to totalItems.
      object.set(As.TOTAL_ITEMS, Literal.nonNegativeInteger(value));
      return this;
    }

    public Builder first(URI value) {
      object.set(As.FIRST, new IriReference(value));
      return this;
    }

    public Builder last(URI value) {
      object.set(As.LAST, new IriReference(value));
      return this;
    }

    public Builder next(URI value) {
      object.set(As.NEXT, new IriReference(value));
      return this;
    }

    public Builder prev(URI value) {
      object.set(As.PREV, new IriReference(value));
      return this;
    }

    public Builder partOf(URI value) {
      object.set(As.PART_OF, new IriReference(value));
      return this;
    }

    public Builder item(AsValue value) {
      items.add(value);
      return this;
    }

    public Collection build() {
      if (!items.isEmpty()) {
        // Ordered collections keep their order as a JSON-LD list (orderedItems).
        if (ordered) {
          object.set(As.ITEMS, new OrderedValues(items));
        } else {
          object.remove(As.ITEMS);
          items.forEach(i -> object.add(As.ITEMS, i));
        }
      }
      return new Collection(object.build());
    }
  }
}
