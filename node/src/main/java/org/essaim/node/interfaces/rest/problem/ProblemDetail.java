// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.essaim.node.application.FieldError;

/**
 * An RFC 9457 problem document.
 *
 * @param type identifies the kind of problem; {@code about:blank} when the status says it all
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what happened this time, for a person to read
 * @param errors for invalid input, one entry per rejected field; otherwise null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record ProblemDetail(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static final String INVALID_INPUT = "urn:essaim:problem:invalid-input";
  public static final String MALFORMED_JSON = "urn:essaim:problem:malformed-json";
  public static final String CONFLICT = "urn:essaim:problem:conflict";
  public static final String ILLEGAL_TRANSITION = "urn:essaim:problem:illegal-transition";
  public static final String NOT_FOUND = "urn:essaim:problem:not-found";
  public static final String RATE_LIMITED = "urn:essaim:problem:rate-limited";
  public static final String STALE_VERSION = "urn:essaim:problem:stale-version";
  public static final String INTERNAL_ERROR = "urn:essaim:problem:internal-error";
}
