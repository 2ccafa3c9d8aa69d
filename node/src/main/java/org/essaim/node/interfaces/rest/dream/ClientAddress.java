// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.dream;

import jakarta.servlet.http.HttpServletRequest;
import org.essaim.node.application.SubmissionLimits;

/** The address a request comes from, as far as rate limiting is concerned. */
public final class ClientAddress {
  private ClientAddress() {}

  /**
   * The TCP peer; behind a trusted reverse proxy, the last address of X-Forwarded-For instead (the
   * one the proxy appended: earlier entries are whatever the client claimed).
   */
  public static String of(HttpServletRequest request, SubmissionLimits limits) {
    if (limits.trustForwardedFor()) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }
}
