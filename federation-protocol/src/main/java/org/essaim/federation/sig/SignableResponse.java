// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Objects;
import java.util.Optional;

/** An immutable HTTP response for RFC 9421 signatures over {@code @status} and its fields. */
public final class SignableResponse implements SignableMessage {
  private final int status;
  private final HttpFields headers;
  private final byte[] body;

  private SignableResponse(int status, HttpFields headers, byte[] body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("Invalid status code");
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? null : body.clone();
  }

  public static SignableResponse of(int status, HttpFields headers, byte[] body) {
    return new SignableResponse(status, headers, body);
  }

  public int status() {
    return status;
  }

  @Override
  public HttpFields headers() {
    return headers;
  }

  @Override
  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(byte[]::clone);
  }

  public SignableResponse withHeaders(HttpFields newHeaders) {
    return new SignableResponse(status, newHeaders, body);
  }
}
