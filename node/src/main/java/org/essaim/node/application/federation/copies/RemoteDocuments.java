// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.net.URI;
import org.essaim.federation.vocab.Actor;

/** Remote documents by id, fetched from their own origin (signed fetches in production). */
public interface RemoteDocuments {

  /**
   * The document at {@code id}, whose own id must be {@code id}.
   *
   * @throws RemoteFetchException when it cannot be had or says another id
   */
  FetchedDocument fetch(URI id);

  /**
   * The actor document at {@code id}.
   *
   * @throws RemoteFetchException when it cannot be had
   */
  Actor actor(URI id);
}
