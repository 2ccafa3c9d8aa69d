// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import java.util.Optional;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.Essaim;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * The kinds of object this node publishes at {@code /objects/<segment>/<id>}: the shareable domain
 * objects (their visibility chosen by the territory) and objects other parts of the node publish
 * through a {@link PublishedObjectSource} (key figures, label attestations, promos, sponsorships).
 * Kept apart from {@link ShareableKind}, which drives the visibility defaults. The constant names
 * are stored in {@code federation_published_object.kind}: never rename them.
 */
public enum PublishedKind {
  PROJECT("projects", Essaim.PROJECT, ShareableKind.PROJECT),
  METHOD_SHEET("method-sheets", Essaim.METHOD_SHEET, ShareableKind.METHOD_SHEET),
  TRANSFERABLE_SOLUTION(
      "solutions", Essaim.TRANSFERABLE_SOLUTION, ShareableKind.TRANSFERABLE_SOLUTION),
  CHALLENGE("challenges", Essaim.CHALLENGE, ShareableKind.CHALLENGE),
  EVENT("events", As.EVENT, ShareableKind.EVENT),
  KEY_FIGURES("key-figures", Essaim.KEY_FIGURES, null),
  LABEL_ATTESTATION("label-attestations", Essaim.LABEL_ATTESTATION, null),
  PROMO("promos", Essaim.PROMO, null),
  SPONSORSHIP("sponsorships", Essaim.SPONSORSHIP, null);

  private final String segment;
  private final String type;
  private final ShareableKind shareable;

  PublishedKind(String segment, String type, ShareableKind shareable) {
    this.segment = segment;
    this.type = type;
    this.shareable = shareable;
  }

  /** The path segment under {@code /objects} (and {@code /collections} for shareable kinds). */
  public String segment() {
    return segment;
  }

  /** The type of the published object, the {@code formerType} of its Tombstone. */
  public String type() {
    return type;
  }

  /** The shareable domain kind, for the five kinds whose visibility the territory chooses. */
  public Optional<ShareableKind> shareable() {
    return Optional.ofNullable(shareable);
  }

  /** The published kind of a shareable kind (organisations have none: they are embedded). */
  public static PublishedKind of(ShareableKind kind) {
    for (PublishedKind published : values()) {
      if (published.shareable == kind) {
        return published;
      }
    }
    throw new IllegalArgumentException(kind + " objects are not published on their own");
  }

  /** The kind published under this path segment, if any. */
  public static Optional<PublishedKind> bySegment(String segment) {
    for (PublishedKind kind : values()) {
      if (kind.segment.equals(segment)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
