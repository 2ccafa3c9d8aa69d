// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import java.net.URI;
import java.util.Locale;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** Web addresses shown to the public must be absolute http(s) URLs. */
final class WebAddresses {
  private WebAddresses() {}

  static String requireHttp(String field, URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new DomainRuleViolation(field, "must be an absolute http(s) address");
    }
    return uri.toString();
  }
}
