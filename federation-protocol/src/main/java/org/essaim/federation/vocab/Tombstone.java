// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** What remains of a deleted object: its IRI, its former type and when it went. */
public record Tombstone(URI id, Optional<String> formerType, Optional<Instant> deleted) {

  public static Tombstone from(AsObject object) {
    if (!object.hasType(As.TOMBSTONE)) {
      throw new VocabularyException("not a Tombstone");
    }
    return new Tombstone(
        object.id().orElseThrow(() -> new VocabularyException("a Tombstone needs an id")),
        object.reference(As.FORMER_TYPE).map(URI::toString).or(() -> object.string(As.FORMER_TYPE)),
        object.instant(As.DELETED));
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(As.TOMBSTONE);
    formerType.ifPresent(t -> builder.reference(As.FORMER_TYPE, URI.create(t)));
    deleted.ifPresent(d -> builder.dateTime(As.DELETED, d));
    return builder.build();
  }
}
