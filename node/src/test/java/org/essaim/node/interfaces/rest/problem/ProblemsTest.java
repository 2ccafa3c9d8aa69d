// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.List;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.TooManyRequestsException;
import org.essaim.node.domain.model.campaign.CampaignState;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void invalidInputListsEveryField() {
    ProblemResponse response =
        Problems.from(
            new InvalidInputException(
                List.of(
                    new FieldError("name", "must not be blank"),
                    new FieldError("perimeter[0].code", "'999' is not a valid DEPARTEMENT code"))),
            true);

    ProblemDetail problem = response.problem();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo(ProblemDetail.INVALID_INPUT);
    assertThat(problem.errors())
        .extracting(FieldError::field)
        .containsExactly("name", "perimeter[0].code");
    assertThat(Problems.toJson(problem))
        .contains("\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}");
  }

  @Test
  void domainRuleViolationPointsAtItsField() {
    ProblemDetail problem =
        Problems.from(new DomainRuleViolation("country", "must be ISO"), true).problem();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors()).containsExactly(new FieldError("country", "must be ISO"));
  }

  @Test
  void illegalTransitionIsAConflictExplainingTheAllowedMoves() {
    ProblemResponse response =
        Problems.from(
            org.junit.jupiter.api.Assertions.assertThrows(
                IllegalTransitionException.class,
                () -> CampaignState.PLANNED.requireTransitionTo(CampaignState.CLOSED)),
            true);
    assertThat(response.problem().status()).isEqualTo(409);
    assertThat(response.problem().type()).isEqualTo(ProblemDetail.ILLEGAL_TRANSITION);
    assertThat(response.problem().detail())
        .isEqualTo(
            "a campaign cannot move from PLANNED to CLOSED; from PLANNED the allowed transitions"
                + " are to COLLECTING_DREAMS.");
  }

  @Test
  void notFoundAndRateLimited() {
    ProblemDetail missing =
        Problems.from(
                new org.essaim.node.application.NotFoundException("there is no dream 7"), false)
            .problem();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.detail()).isEqualTo("there is no dream 7");
    ProblemResponse limited =
        Problems.from(new TooManyRequestsException("slow down", Duration.ofSeconds(90)), false);
    assertThat(limited.problem().status()).isEqualTo(429);
    assertThat(limited.problem().type()).isEqualTo(ProblemDetail.RATE_LIMITED);
    assertThat(limited.headers()).containsEntry("Retry-After", "90");
  }

  @Test
  void conflictAndStaleVersion() {
    assertThat(Problems.from(new ConflictException("taken"), true).problem().status())
        .isEqualTo(409);
    ProblemDetail stale = Problems.from(new StaleVersionException(1, 2), true).problem();
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.detail()).contains("version 1").contains("is 2");
  }

  @Test
  void refusedAnonymousCallerIsAskedToSignIn() {
    ProblemResponse anonymous = Problems.from(new ForbiddenException(), false);
    assertThat(anonymous.problem().status()).isEqualTo(401);
    assertThat(anonymous.headers()).containsEntry("WWW-Authenticate", Problems.BASIC_CHALLENGE);

    ProblemResponse signedIn = Problems.from(new ForbiddenException(), true);
    assertThat(signedIn.problem().status()).isEqualTo(403);
    assertThat(signedIn.headers()).isEmpty();
  }

  @Test
  void httpStatusesKeepTheirCodeAndAllowHeader() {
    assertThat(Problems.from(new NotFoundException(), false).problem().status()).isEqualTo(404);
    assertThat(Problems.from(new NotSupportedException(), false).problem().status()).isEqualTo(415);
    ProblemResponse notAllowed =
        Problems.from(new NotAllowedException("GET", new String[] {"PUT"}), false);
    assertThat(notAllowed.problem().status()).isEqualTo(405);
    assertThat(notAllowed.headers().get("Allow")).contains("GET").contains("PUT");
  }

  @Test
  void syntaxErrorsSayWhereWithoutParserInternals() {
    JsonLocation at =
        new JsonLocation() {
          @Override
          public long getLineNumber() {
            return 1;
          }

          @Override
          public long getColumnNumber() {
            return 10;
          }

          @Override
          public long getStreamOffset() {
            return 9;
          }
        };
    Throwable wrapped =
        new BadRequestException(
            new ProcessingException(
                new JsonbException(
                    "Internal parser state XYZ",
                    new JsonParsingException("Unexpected EOF in Yasson", at))));

    ProblemDetail problem = Problems.from(wrapped, true).problem();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo(ProblemDetail.MALFORMED_JSON);
    assertThat(problem.detail()).contains("line 1, column 10").doesNotContain("Yasson", "XYZ");
  }

  @Test
  void unexpectedFailureRevealsOnlyAnIncidentNumber() {
    ProblemDetail problem =
        Problems.from(new IllegalStateException("password=hunter2 at db.internal:5432"), true)
            .problem();
    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.detail()).contains("Incident").doesNotContain("hunter2", "db.internal");
  }

  @Test
  void bareStatusesFromTheContainer() {
    assertThat(Problems.forStatus(404).problem().title()).isEqualTo("Not Found");
    assertThat(Problems.forStatus(401).headers()).containsKey("WWW-Authenticate");
    assertThat(Problems.forStatus(503).problem().status()).isEqualTo(500);
  }

  @Test
  void nullFieldsAreLeftOutOfTheDocument() {
    String json = Problems.toJson(Problems.forStatus(404).problem());
    assertThat(json).doesNotContain("errors").startsWith("{\"type\":\"about:blank\"");
  }
}
