// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A remote server's answer.
 *
 * @param url the address finally answered (after allowed redirects)
 * @param status the HTTP status
 * @param contentType the Content-Type header, when present
 * @param body the body, at most the client's size limit
 * @param headers the response headers, names in lower case
 */
public record RemoteResponse(
    URI url,
    int status,
    Optional<String> contentType,
    byte[] body,
    Map<String, List<String>> headers) {

  public RemoteResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** An answer without other headers than its Content-Type. */
  public RemoteResponse(URI url, int status, Optional<String> contentType, byte[] body) {
    this(url, status, contentType, body, Map.of());
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
