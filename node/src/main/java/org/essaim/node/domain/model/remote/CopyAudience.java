// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;

/**
 * Who may read a copy here: PUBLIC when the peer addressed it to everyone ({@code as:Public}),
 * otherwise NETWORK (signed-in members of this node only).
 */
public enum CopyAudience {
  PUBLIC,
  NETWORK;

  private static final URI EVERYONE = URI.create(As.PUBLIC);

  /**
   * The audience of an object: its own addressing ({@code to}, {@code cc}, {@code audience}) when
   * it has any, else the addressing of the activity that carried it ({@code activity} may be null,
   * for an object fetched by id). Unaddressed means NETWORK: never more public than the peer said.
   */
  public static CopyAudience of(AsObject object, AsObject activity) {
    if (addressed(object)) {
      return isPublic(object) ? PUBLIC : NETWORK;
    }
    if (activity != null && isPublic(activity)) {
      return PUBLIC;
    }
    return NETWORK;
  }

  private static boolean addressed(AsObject object) {
    return !recipients(object).isEmpty();
  }

  private static boolean isPublic(AsObject object) {
    return recipients(object).stream().anyMatch(EVERYONE::equals);
  }

  private static List<URI> recipients(AsObject object) {
    return java.util.stream.Stream.of(As.TO, As.CC, As.AUDIENCE)
        .flatMap(p -> object.references(p).stream())
        .toList();
  }
}
