// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import java.util.Map;

/** A problem with the response headers that go with it (WWW-Authenticate, Allow…). */
public record ProblemResponse(ProblemDetail problem, Map<String, String> headers) {

  static ProblemResponse of(ProblemDetail problem) {
    return new ProblemResponse(problem, Map.of());
  }
}
