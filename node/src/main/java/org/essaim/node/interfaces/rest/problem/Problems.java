// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.TooManyRequestsException;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * Turns any failure into the problem document the client receives. The one place that decides
 * status codes and wording for errors, shared by the REST layer and the servlet error page.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  /** The authentication challenge sent with every 401. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"Essaim\", charset=\"UTF-8\"";

  private Problems() {}

  /**
   * The problem for a failure raised while serving a request.
   *
   * @param authenticated whether the caller has signed in: an unauthenticated caller refused for
   *     lack of a role is asked to sign in (401) rather than told no (403)
   */
  public static ProblemResponse from(Throwable failure, boolean authenticated) {
    if (failure instanceof InvalidInputException invalid) {
      return invalidInput(invalid.errors());
    }
    if (failure instanceof DomainRuleViolation violation) {
      return invalidInput(List.of(new FieldError(violation.field(), violation.getMessage())));
    }
    if (failure instanceof StaleVersionException stale) {
      return ProblemResponse.of(
          new ProblemDetail(
              ProblemDetail.STALE_VERSION, "Precondition Failed", 412, stale.getMessage(), null));
    }
    if (failure instanceof IllegalTransitionException illegal) {
      return ProblemResponse.of(
          new ProblemDetail(
              ProblemDetail.ILLEGAL_TRANSITION,
              "Illegal transition",
              409,
              illegal.getMessage() + ".",
              null));
    }
    if (failure instanceof org.essaim.node.application.NotFoundException missing) {
      return ProblemResponse.of(
          new ProblemDetail(ProblemDetail.NOT_FOUND, "Not Found", 404, missing.getMessage(), null));
    }
    if (failure instanceof TooManyRequestsException tooMany) {
      return new ProblemResponse(
          new ProblemDetail(
              ProblemDetail.RATE_LIMITED, "Too Many Requests", 429, tooMany.getMessage(), null),
          Map.of("Retry-After", Long.toString(tooMany.retryAfterSeconds())));
    }
    if (failure instanceof ConflictException conflict) {
      return ProblemResponse.of(
          new ProblemDetail(ProblemDetail.CONFLICT, "Conflict", 409, conflict.getMessage(), null));
    }
    Optional<ProblemResponse> unreadable = unreadableBody(failure);
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    if (failure instanceof ForbiddenException && !authenticated
        || failure instanceof NotAuthorizedException) {
      return unauthorized();
    }
    if (failure instanceof WebApplicationException web) {
      return fromStatus(web);
    }
    return internalError(failure);
  }

  /** The problem for a bare HTTP status, as the servlet container reports it. */
  public static ProblemResponse forStatus(int status) {
    return switch (status) {
      case 401 -> unauthorized();
      case 403 -> plain(403, "You do not have the role this action needs.");
      case 404 -> plain(404, "There is nothing at this address.");
      case 405 -> plain(405, "This method is not allowed at this address.");
      case 400 -> plain(400, "The request is malformed.");
      default -> status >= 500 ? internalError(null) : plain(status, null);
    };
  }

  public static String toJson(ProblemDetail problem) {
    return JSONB.toJson(problem);
  }

  private static ProblemResponse invalidInput(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors.";
    return ProblemResponse.of(
        new ProblemDetail(ProblemDetail.INVALID_INPUT, "Invalid input", 400, detail, errors));
  }

  private static ProblemResponse unauthorized() {
    return new ProblemResponse(
        new ProblemDetail(
            "about:blank", "Unauthorized", 401, "Sign in to do this (HTTP Basic).", null),
        Map.of("WWW-Authenticate", BASIC_CHALLENGE));
  }

  private static ProblemResponse fromStatus(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    String detail;
    if (web instanceof NotFoundException) {
      detail = "There is nothing at this address.";
    } else if (web instanceof NotAllowedException) {
      detail = "This method is not allowed at this address.";
    } else if (web instanceof NotSupportedException) {
      detail = "This content type is not accepted here; send application/json.";
    } else if (web instanceof NotAcceptableException) {
      detail = "None of the accepted media types can be produced.";
    } else if (web instanceof ForbiddenException) {
      detail = "You do not have the role this action needs.";
    } else if (status == 413) {
      detail = "The request body is too large.";
    } else {
      detail = "The request was refused.";
    }
    if (status >= 500) {
      return internalError(web);
    }
    String allow = web.getResponse().getHeaderString("Allow");
    ProblemDetail problem = new ProblemDetail("about:blank", reason(status), status, detail, null);
    return allow == null
        ? ProblemResponse.of(problem)
        : new ProblemResponse(problem, Map.of("Allow", allow));
  }

  /** Syntax errors and documents JSON-B cannot bind, wherever they sit in the cause chain. */
  private static Optional<ProblemResponse> unreadableBody(Throwable failure) {
    boolean unbindable = false;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        JsonLocation at = parsing.getLocation();
        String where =
            at == null
                ? ""
                : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        return Optional.of(malformed("The request body is not valid JSON" + where + "."));
      }
      unbindable |= t instanceof JsonbException || t instanceof ProcessingException;
    }
    return unbindable
        ? Optional.of(
            malformed("The request body is missing or does not have the expected JSON structure."))
        : Optional.empty();
  }

  private static ProblemResponse malformed(String detail) {
    return ProblemResponse.of(
        new ProblemDetail(ProblemDetail.MALFORMED_JSON, "Malformed JSON", 400, detail, null));
  }

  private static ProblemResponse plain(int status, String detail) {
    return ProblemResponse.of(
        new ProblemDetail("about:blank", reason(status), status, detail, null));
  }

  /** Logs the failure under a fresh incident number; the client sees only the number. */
  private static ProblemResponse internalError(Throwable failure) {
    String incident = UUID.randomUUID().toString();
    if (failure != null) {
      LOG.log(Level.SEVERE, "Incident " + incident, failure);
    }
    return ProblemResponse.of(
        new ProblemDetail(
            ProblemDetail.INTERNAL_ERROR,
            "Internal Server Error",
            500,
            "The node failed to handle this request. Incident " + incident + " is in its log.",
            null));
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
