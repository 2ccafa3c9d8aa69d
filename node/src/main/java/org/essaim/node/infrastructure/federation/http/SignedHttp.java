// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.essaim.federation.net.AddressPolicy;
import org.essaim.federation.sig.DoubleKnockSender;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.RequestSigner;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignedRequest;

/**
 * The transport under {@link FederationHttpClient}, free of CDI so its limits are unit-tested: the
 * address policy before every request and every redirect hop (GET follows at most {@value
 * #MAX_REDIRECTS}, each re-checked and re-signed; POST follows none), the body streamed with a hard
 * size cap, one deadline for the whole exchange including redirects and both knocks.
 *
 * <p>DNS rebinding: {@link AddressPolicy#check} resolves the name through {@code InetAddress},
 * whose positive cache ({@code networkaddress.cache.ttl}, 30 s by default without a security
 * manager) the JDK client reads again milliseconds later when it connects, so both see the same
 * answer; the residual window is an entry expiring exactly between the two (see
 * docs/federation.md).
 */
public final class SignedHttp {

  public static final String ACCEPT =
      "application/activity+json, application/ld+json;"
          + " profile=\"https://www.w3.org/ns/activitystreams\"";
  public static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

  private final HttpClient http;
  private final Supplier<AddressPolicy> policy;
  private final int maxBody;
  private final Duration timeout;

  public SignedHttp(Supplier<AddressPolicy> policy, int maxBody, Duration timeout) {
    this.policy = policy;
    this.maxBody = maxBody;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            // HTTP/1.1: over plain http the JDK client would try an h2c upgrade, with which a POST
            // body to Open Liberty can stall; peers behind TLS gain little from HTTP/2 here.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** GET a document, signed by {@code signer}, following at most three checked redirects. */
  public RemoteResponse get(URI url, RequestSigner signer) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI current = url;
    for (int hop = 0; ; hop++) {
      check(current);
      SignableRequest request =
          SignableRequest.get(current, HttpFields.of("accept", SignedHttp.ACCEPT));
      RemoteResponse response =
          exchange(new SignedRequest(signer.sign(request), signer.scheme()), deadline);
      Optional<String> location = response.header("location");
      if (!REDIRECTS.contains(response.status()) || location.isEmpty()) {
        return response;
      }
      if (hop >= MAX_REDIRECTS) {
        throw new RemoteRequestException(
            "More than " + MAX_REDIRECTS + " redirects from " + url + ": abandoned");
      }
      try {
        current = current.resolve(location.get().strip());
      } catch (IllegalArgumentException e) {
        throw new RemoteRequestException(
            "Invalid redirect from " + current + ": " + location.get());
      }
    }
  }

  /**
   * POST a body to an inbox with double knocking (the sender signs with RFC 9421, then cavage when
   * refused). Redirects are not followed: a 3xx is returned as it is.
   */
  public RemoteResponse post(URI inbox, byte[] body, DoubleKnockSender sender) {
    long deadline = System.nanoTime() + timeout.toNanos();
    check(inbox);
    SignableRequest request =
        SignableRequest.post(
            inbox, HttpFields.of("content-type", "application/activity+json"), body);
    RemoteResponse[] last = new RemoteResponse[1];
    sender.send(
        request,
        signed -> {
          last[0] = exchange(signed, deadline);
          return last[0].status();
        });
    return last[0];
  }

  private void check(URI url) {
    try {
      policy.get().check(url);
    } catch (RuntimeException e) {
      throw new RemoteRequestException("Address refused: " + e.getMessage(), e);
    }
  }

  private RemoteResponse exchange(SignedRequest signed, long deadline) {
    SignableRequest request = signed.request();
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new RemoteRequestException(timedOut(request.uri()));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(Duration.ofNanos(remaining));
    for (Map.Entry<String, List<String>> header : request.headers().asMap().entrySet()) {
      if (RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        continue; // the JDK client sends these itself, with the same values
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
    CompletableFuture<HttpResponse<byte[]>> future =
        http.sendAsync(
            builder.build(),
            info ->
                new LimitedBodySubscriber(
                    maxBody, info.headers().firstValueAsLong("content-length").orElse(-1)));
    try {
      HttpResponse<byte[]> response = future.get(remaining, TimeUnit.NANOSECONDS);
      Map<String, List<String>> headers = new TreeMap<>();
      response
          .headers()
          .map()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
      return new RemoteResponse(
          request.uri(),
          response.statusCode(),
          response.headers().firstValue("content-type"),
          response.body(),
          headers);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new RemoteRequestException(timedOut(request.uri()), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof LimitedBodySubscriber.TooLargeException
          || cause.getCause() instanceof LimitedBodySubscriber.TooLargeException) {
        throw new RemoteRequestException(
            "Response from " + request.uri() + " larger than " + maxBody + " bytes: aborted",
            cause);
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new RemoteRequestException(timedOut(request.uri()), cause);
      }
      throw new RemoteRequestException(
          "Request to " + request.uri() + " failed: " + describe(cause), cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new RemoteRequestException("Interrupted", e);
    }
  }

  private String timedOut(URI uri) {
    return "Request to " + uri + " timed out after " + timeout.toSeconds() + " s";
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    if (cause instanceof IOException && (message == null || message.isBlank())) {
      return type;
    }
    return message == null ? type : type + ": " + message;
  }
}
