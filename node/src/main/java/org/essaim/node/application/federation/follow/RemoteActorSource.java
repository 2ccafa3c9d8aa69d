// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.net.URI;
import org.essaim.federation.vocab.Actor;

/** Remote actor documents by id (fetched, signed by the instance actor). */
public interface RemoteActorSource {

  /**
   * The actor document at {@code id}, whose own id is that address.
   *
   * @throws RuntimeException when it cannot be fetched or is not an actor
   */
  Actor actor(URI id);
}
