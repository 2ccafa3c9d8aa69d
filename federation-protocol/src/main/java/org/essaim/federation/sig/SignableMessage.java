// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.util.Optional;

/** An HTTP message whose fields and content a signature may cover. */
public sealed interface SignableMessage permits SignableRequest, SignableResponse {
  HttpFields headers();

  /** The content bytes; empty when the message has no body. */
  Optional<byte[]> body();
}
