// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import java.net.URI;
import java.util.Objects;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.domain.shared.Visibility;

/**
 * A shared object as it would be published now.
 *
 * @param address its id
 * @param kind its kind
 * @param localId its id on this node
 * @param audience NETWORK or PUBLIC
 * @param object the mapped object, with {@code published}/{@code updated}, without addressing nor
 *     proof
 */
public record SharedObject(
    URI address, PublishedKind kind, long localId, Visibility audience, AsObject object) {
  public SharedObject {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    if (audience == null || !audience.federates()) {
      throw new IllegalArgumentException("only NETWORK and PUBLIC objects are shared");
    }
  }
}
