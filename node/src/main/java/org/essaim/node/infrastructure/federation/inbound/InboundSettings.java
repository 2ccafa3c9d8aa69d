// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The inbound keys of the configuration, documented in docs/operations.md. */
@ApplicationScoped
public class InboundSettings {

  /** The default body limit of an inbox POST: 256 KB. */
  public static final long DEFAULT_MAX_BODY = 262_144;

  @Inject
  @ConfigProperty(name = "essaim.federation.inbox.max-body", defaultValue = "262144")
  long maxBody;

  @Inject
  @ConfigProperty(name = "essaim.federation.journal.retention", defaultValue = "P30D")
  String retention;

  /** The largest inbox body accepted, in bytes. */
  public long maxBody() {
    return maxBody > 0 ? maxBody : DEFAULT_MAX_BODY;
  }

  /** How long journal entries (and processed activities, and their ids) are kept. */
  public Duration retention() {
    return duration("essaim.federation.journal.retention", retention);
  }

  static Duration duration(String key, String value) {
    try {
      Duration parsed = Duration.parse(value.strip());
      if (parsed.isNegative() || parsed.isZero()) {
        throw new IllegalArgumentException("not positive");
      }
      return parsed;
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          key + " must be a positive ISO-8601 duration such as P30D or PT12H", e);
    }
  }
}
