// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Objects;

/**
 * A request ready to send, with the scheme its signature follows.
 *
 * @param request the request including its signature fields
 * @param scheme the scheme it was signed with
 */
public record SignedRequest(SignableRequest request, SignatureScheme scheme) {
  public SignedRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(scheme, "scheme");
  }
}
