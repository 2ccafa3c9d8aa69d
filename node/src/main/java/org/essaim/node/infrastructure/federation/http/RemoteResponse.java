// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import java.net.URI;
import java.util.Optional;

/**
 * A remote server's answer.
 *
 * @param url the address finally answered (after allowed redirects)
 * @param status the HTTP status
 * @param contentType the Content-Type header, when present
 * @param body the body, at most the client's size limit
 */
public record RemoteResponse(URI url, int status, Optional<String> contentType, byte[] body) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
