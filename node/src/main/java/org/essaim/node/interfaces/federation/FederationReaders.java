// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.http.RemoteRequestException;
import org.essaim.node.infrastructure.federation.inbound.SignedRequests;
import org.essaim.node.infrastructure.federation.inbound.VerifiedRequester;

/**
 * Who reads a published object or collection: anyone reads PUBLIC ones; NETWORK ones only a signed
 * fetch whose requester {@link PeerPolicy#mayReadNetwork} allows.
 */
@ApplicationScoped
public class FederationReaders {

  private static final Logger LOG = Logger.getLogger(FederationReaders.class.getName());

  @Inject SignedRequests signatures;
  @Inject PeerPolicy peers;
  @Inject NodeSettings node;

  /** What a request may read. */
  public enum Reader {
    /** No signature: PUBLIC only; NETWORK objects answer 401. */
    ANONYMOUS(EnumSet.of(Visibility.PUBLIC)),
    /** A valid signature by an actor that may not read NETWORK objects: they answer 404. */
    SIGNED(EnumSet.of(Visibility.PUBLIC)),
    /** A valid signature by a peer allowed to read NETWORK objects. */
    NETWORK_PEER(EnumSet.of(Visibility.PUBLIC, Visibility.NETWORK)),
    /** A signature that does not verify: 401, whatever is asked. */
    REFUSED(EnumSet.noneOf(Visibility.class));

    private final Set<Visibility> audiences;

    Reader(Set<Visibility> audiences) {
      this.audiences = Collections.unmodifiableSet(audiences);
    }

    public Set<Visibility> audiences() {
      return audiences;
    }
  }

  /** Checks the request's signature, if it carries one. */
  public Reader reader(HttpServletRequest request) {
    if (request.getHeader("Signature") == null && request.getHeader("Signature-Input") == null) {
      return Reader.ANONYMOUS;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
    }
    String query = request.getQueryString();
    URI uri =
        URI.create(
            FederationUrls.of(node.baseUrl()).base()
                + request.getRequestURI()
                + (query == null ? "" : "?" + query));
    VerifiedRequester requester;
    try {
      requester = signatures.verify(request.getMethod(), uri, headers, null);
    } catch (FederationException | RemoteRequestException | IllegalArgumentException e) {
      LOG.fine(() -> "Signed fetch refused: " + e.getMessage());
      return Reader.REFUSED;
    }
    return peers.mayReadNetwork(requester.actor()) ? Reader.NETWORK_PEER : Reader.SIGNED;
  }
}
