// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.DoubleKnockSender;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignatureSpecMemory;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.FederationKeys;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * The one client for outbound federation HTTP. {@link #get} is a fetch signed by the instance actor
 * (RFC 9421), journalled in {@code federation_fetch}; {@link #post} a delivery signed by the
 * territory actor (RFC 9421 first, draft-cavage when the receiver refuses it with 400/401,
 * remembered per host).
 *
 * <p>Every request and every redirect hop passes {@link OutboundAddressPolicy}; GET follows at most
 * three redirects, POST none; bodies are capped at 1 MB (streamed, aborted beyond); 10 s for the
 * whole exchange. Failures are {@link RemoteRequestException}s; HTTP error statuses are returned.
 */
@ApplicationScoped
public class FederationHttpClient {

  static final String ACCEPT = SignedHttp.ACCEPT;
  static final int MAX_BODY = 1024 * 1024;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject FederationKeys keys;
  @Inject NodeSettings node;
  @Inject OutboundAddressPolicy addressPolicy;
  @Inject FetchJournal journal;

  private final SignatureSpecMemory schemes = new SignatureSpecMemory();
  private SignedHttp transport;

  @PostConstruct
  void init() {
    transport = new SignedHttp(addressPolicy::policy, MAX_BODY, TIMEOUT);
  }

  /** GET a JSON(-LD) document, signed by the instance actor; journalled. */
  public RemoteResponse get(URI url) {
    long start = System.nanoTime();
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    try {
      RemoteResponse response =
          transport.get(
              url,
              Rfc9421Signer.builder(
                      urls.instanceMainKey().toString(), keys.keys().instanceRsa().getPrivate())
                  .build());
      journal.record(url, response.status(), null, elapsedMillis(start));
      return response;
    } catch (RemoteRequestException e) {
      journal.record(url, null, e.getMessage(), elapsedMillis(start));
      throw e;
    }
  }

  /** POST an activity to an inbox, signed by the territory actor (double knock). */
  public RemoteResponse post(URI inbox, byte[] activity) {
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    String keyId = urls.territoryMainKey().toString();
    DoubleKnockSender sender =
        new DoubleKnockSender(
            Rfc9421Signer.builder(keyId, keys.keys().territoryRsa().getPrivate()).build(),
            CavageSigner.builder(keyId, keys.keys().territoryRsa().getPrivate()).build(),
            schemes);
    return transport.post(inbox, activity, sender);
  }

  private static long elapsedMillis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
