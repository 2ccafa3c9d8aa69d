// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.FederationException;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.remote.RemoteObjectSearch;

/**
 * Reads of the copies of peers' objects: NETWORK copies for signed-in members only, PUBLIC ones for
 * everyone, tombstones never.
 */
@ApplicationScoped
@Transactional
public class NetworkObjects {

  @Inject RemoteObjectRepository copies;
  @Inject PeerRepository peers;

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

  public Page<NetworkObjectView> list(
      boolean signedIn,
      Optional<RemoteObjectKind> kind,
      Optional<String> originHost,
      Optional<String> text,
      PageRequest request) {
    RemoteObjectSearch search = new RemoteObjectSearch(kind, originHost, text, !signedIn);
    int offset = (int) Math.min(Integer.MAX_VALUE, request.offset());
    return new Page<>(
        copies.search(search, offset, request.size()).stream().map(NetworkObjectView::of).toList(),
        request.page(),
        request.size(),
        copies.count(search));
  }

  public NetworkObjectView get(long id, boolean signedIn) {
    return copies
        .find(id)
        .filter(c -> readable(c, signedIn))
        .map(NetworkObjectView::of)
        .orElseThrow(() -> new NotFoundException("No network object " + id));
  }

  /**
   * The words of a readable copy (its content, French when it has several languages) as plain text
   * in paragraphs: empty when it has none.
   */
  public Optional<String> text(long id, boolean signedIn) {
    RemoteObject copy =
        copies
            .find(id)
            .filter(c -> readable(c, signedIn))
            .orElseThrow(() -> new NotFoundException("No network object " + id));
    if (copy.document().isEmpty()) {
      return Optional.empty();
    }
    try {
      AsObject object = codec.read(copy.document().get().getBytes(StandardCharsets.UTF_8));
      return object
          .string(As.CONTENT, "fr")
          .or(() -> object.string(As.CONTENT))
          .map(CopyText::plain)
          .filter(t -> !t.isBlank());
    } catch (FederationException e) {
      // Read when received; one that no longer reads shows its name and summary only.
      return Optional.empty();
    }
  }

  /**
   * The local copies of these objects a caller may read, by object id: where the interface links a
   * peer's object found by search or similarity (its copy's page, with the attribution).
   */
  public Map<URI, Long> copyIds(Collection<URI> objectIds, boolean signedIn) {
    Map<URI, Long> ids = new HashMap<>();
    for (URI objectId : new HashSet<>(objectIds)) {
      copies
          .findByObjectId(objectId)
          .filter(c -> readable(c, signedIn))
          .ifPresent(c -> ids.put(objectId, c.id()));
    }
    return ids;
  }

  /**
   * The name a copy's territory is shown with: the one the copy carries, else the followed peer's
   * name, else its host.
   */
  public String territoryName(NetworkObjectView copy) {
    if (copy.originName() != null && !copy.originName().isBlank()) {
      return copy.originName();
    }
    return peers
        .findByActor(copy.originActor())
        .flatMap(Peer::name)
        .filter(n -> !n.isBlank())
        .orElse(copy.originHost());
  }

  static boolean readable(RemoteObject copy, boolean signedIn) {
    return !copy.isDeleted() && (signedIn || copy.audience() == CopyAudience.PUBLIC);
  }
}
