// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Objects;

/**
 * "Double-knocking" for outgoing requests: sign with RFC 9421 first and, if the receiver answers
 * 400 or 401, sign again with draft-cavage and retry once, remembering per host which scheme was
 * accepted so later requests go straight to it. Transport-agnostic: the caller sends the request
 * and reports the status code. Thread-safe if the transport is.
 */
public final class DoubleKnockSender {
  /** Sends one signed request and returns the HTTP status code. */
  @FunctionalInterface
  public interface Transport {
    int send(SignedRequest request);
  }

  /**
   * The outcome of a delivery.
   *
   * @param status the status code of the last attempt
   * @param scheme the scheme of the last attempt
   * @param attempts 1, or 2 when the second scheme was tried
   */
  public record Result(int status, SignatureScheme scheme, int attempts) {}

  private final RequestSigner rfc9421;
  private final RequestSigner cavage;
  private final SignatureSpecMemory memory;

  public DoubleKnockSender(
      RequestSigner rfc9421, RequestSigner cavage, SignatureSpecMemory memory) {
    this.rfc9421 = Objects.requireNonNull(rfc9421, "rfc9421");
    this.cavage = Objects.requireNonNull(cavage, "cavage");
    this.memory = Objects.requireNonNull(memory, "memory");
    if (rfc9421.scheme() != SignatureScheme.RFC9421 || cavage.scheme() != SignatureScheme.CAVAGE) {
      throw new IllegalArgumentException("Expected an RFC 9421 signer and a cavage signer");
    }
  }

  public Result send(SignableRequest request, Transport transport) {
    String host = request.authority();
    SignatureScheme first = memory.get(host).orElse(SignatureScheme.RFC9421);
    int status = transport.send(signWith(first, request));
    if (!isSignatureRejection(status)) {
      if (isSuccess(status)) {
        memory.remember(host, first);
      }
      return new Result(status, first, 1);
    }
    SignatureScheme second =
        first == SignatureScheme.RFC9421 ? SignatureScheme.CAVAGE : SignatureScheme.RFC9421;
    int retry = transport.send(signWith(second, request));
    if (isSuccess(retry)) {
      memory.remember(host, second);
    }
    return new Result(retry, second, 2);
  }

  private SignedRequest signWith(SignatureScheme scheme, SignableRequest request) {
    RequestSigner signer = scheme == SignatureScheme.RFC9421 ? rfc9421 : cavage;
    return new SignedRequest(signer.sign(request), scheme);
  }

  private static boolean isSignatureRejection(int status) {
    return status == 400 || status == 401;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
