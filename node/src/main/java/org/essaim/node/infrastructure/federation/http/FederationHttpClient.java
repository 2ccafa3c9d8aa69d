// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.essaim.federation.net.AddressPolicy;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.DoubleKnockSender;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureSpecMemory;
import org.essaim.federation.sig.SignedRequest;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.FederationKeys;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * The one client for outbound federation HTTP. {@link #get} is a fetch signed by the instance
 * actor; {@link #post} a delivery signed by the territory actor (RFC 9421 first, draft-cavage when
 * the receiver refuses it, remembered per host).
 *
 * <p>Minimal version: address policy checked before each request, no redirects, 10 s, 1 MB.
 */
@ApplicationScoped
public class FederationHttpClient {

  static final String ACCEPT =
      "application/activity+json, application/ld+json;"
          + " profile=\"https://www.w3.org/ns/activitystreams\"";
  static final int MAX_BODY = 1024 * 1024;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject FederationKeys keys;
  @Inject NodeSettings node;
  @Inject OutboundAddressPolicy addressPolicy;

  private final SignatureSpecMemory schemes = new SignatureSpecMemory();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  /** GET a JSON(-LD) document, signed by the instance actor. */
  public RemoteResponse get(URI url) {
    AddressPolicy policy = addressPolicy.policy();
    check(policy, url);
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    SignableRequest request = SignableRequest.get(url, HttpFields.of("accept", ACCEPT));
    SignableRequest signed =
        Rfc9421Signer.builder(
                urls.instanceMainKey().toString(), keys.keys().instanceRsa().getPrivate())
            .build()
            .sign(request);
    return send(new SignedRequest(signed, org.essaim.federation.sig.SignatureScheme.RFC9421));
  }

  /** POST an activity to an inbox, signed by the territory actor (double knock). */
  public RemoteResponse post(URI inbox, byte[] activity) {
    AddressPolicy policy = addressPolicy.policy();
    check(policy, inbox);
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    String keyId = urls.territoryMainKey().toString();
    DoubleKnockSender sender =
        new DoubleKnockSender(
            Rfc9421Signer.builder(keyId, keys.keys().territoryRsa().getPrivate()).build(),
            CavageSigner.builder(keyId, keys.keys().territoryRsa().getPrivate()).build(),
            schemes);
    SignableRequest request =
        SignableRequest.post(
            inbox, HttpFields.of("content-type", "application/activity+json"), activity);
    RemoteResponse[] last = new RemoteResponse[1];
    sender.send(
        request,
        signed -> {
          last[0] = send(signed);
          return last[0].status();
        });
    return last[0];
  }

  private static void check(AddressPolicy policy, URI url) {
    try {
      policy.check(url);
    } catch (RuntimeException e) {
      throw new RemoteRequestException("Address refused: " + e.getMessage(), e);
    }
  }

  private RemoteResponse send(SignedRequest signed) {
    SignableRequest request = signed.request();
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(TIMEOUT);
    for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
      if (header.getKey().equalsIgnoreCase("host")) {
        continue; // restricted in the JDK client, which sends the same value itself
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    builder.method(
        request.method(),
        request
            .body()
            .map(HttpRequest.BodyPublishers::ofByteArray)
            .orElse(HttpRequest.BodyPublishers.noBody()));
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      if (body.length > MAX_BODY) {
        throw new RemoteRequestException("Response larger than " + MAX_BODY + " bytes");
      }
      return new RemoteResponse(
          request.uri(),
          response.statusCode(),
          response.headers().firstValue("content-type"),
          body);
    } catch (IOException e) {
      throw new RemoteRequestException("Request to " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteRequestException("Interrupted", e);
    }
  }
}
