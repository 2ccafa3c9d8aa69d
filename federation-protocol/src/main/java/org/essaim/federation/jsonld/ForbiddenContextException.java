// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import java.net.URI;

/**
 * The document names a JSON-LD context that is not bundled. It is refused rather than fetched: a
 * fetch would let any peer make the node call arbitrary addresses, and would make parsing depend on
 * third-party servers.
 */
public class ForbiddenContextException extends DocumentException {
  private static final long serialVersionUID = 1L;

  private final URI context;

  public ForbiddenContextException(URI context) {
    super(
        "the JSON-LD context <"
            + context
            + "> is not one of the bundled contexts; it is not fetched");
    this.context = context;
  }

  public URI context() {
    return context;
  }
}
