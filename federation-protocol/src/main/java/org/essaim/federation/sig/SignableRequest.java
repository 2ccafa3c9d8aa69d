// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable HTTP request as the signature code sees it: method, absolute target URI, header
 * fields and optional body bytes. Adapters in the node turn JAX-RS and {@code java.net.http}
 * requests into this and back.
 */
public final class SignableRequest implements SignableMessage {
  private final String method;
  private final URI uri;
  private final HttpFields headers;
  private final byte[] body;

  private SignableRequest(String method, URI uri, HttpFields headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    this.uri = Objects.requireNonNull(uri, "uri");
    if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("Request URI must be absolute with an authority");
    }
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? null : body.clone();
  }

  public static SignableRequest of(String method, URI uri, HttpFields headers, byte[] body) {
    return new SignableRequest(method, uri, headers, body);
  }

  public static SignableRequest get(URI uri, HttpFields headers) {
    return new SignableRequest("GET", uri, headers, null);
  }

  public static SignableRequest post(URI uri, HttpFields headers, byte[] body) {
    return new SignableRequest("POST", uri, headers, Objects.requireNonNull(body, "body"));
  }

  /** Upper-case method name. */
  public String method() {
    return method;
  }

  public URI uri() {
    return uri;
  }

  @Override
  public HttpFields headers() {
    return headers;
  }

  @Override
  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(byte[]::clone);
  }

  public SignableRequest withHeaders(HttpFields newHeaders) {
    return new SignableRequest(method, uri, newHeaders, body);
  }

  public SignableRequest withHeader(String name, String value) {
    return withHeaders(headers.with(name, value));
  }

  public SignableRequest withBody(byte[] newBody) {
    return new SignableRequest(method, uri, headers, newBody);
  }

  /** The path and query as sent on the request line ({@code /inbox?x=1}). */
  public String pathAndQuery() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** Host and port as a {@code Host} header would carry them (default ports omitted). */
  public String authority() {
    String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
    host = host.toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port == -1
            || (port == 443 && scheme.equals("https"))
            || (port == 80 && scheme.equals("http"));
    return defaultPort ? host : host + ":" + port;
  }

  @Override
  public String toString() {
    return method + " " + uri;
  }
}
