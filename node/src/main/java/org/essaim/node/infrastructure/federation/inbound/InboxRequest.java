// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A POST to an inbox, as the servlet received it.
 *
 * @param inbox the inbox path ({@code /inbox}, {@code /actors/territory/inbox}…)
 * @param uri this node's public address of the request (base URL + path + query): what the signer
 *     signed
 * @param contentType the Content-Type header, or null
 * @param contentLength the Content-Length, or -1 when unknown (chunked)
 * @param headers every header, lower-case names
 * @param body the body stream, read at most up to the limit
 */
public record InboxRequest(
    String inbox,
    URI uri,
    String contentType,
    long contentLength,
    Map<String, List<String>> headers,
    InputStream body) {}
