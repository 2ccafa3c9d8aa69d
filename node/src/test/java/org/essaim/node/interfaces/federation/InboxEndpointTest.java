// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.essaim.node.infrastructure.federation.inbound.InboxRejection;
import org.essaim.node.infrastructure.federation.inbound.InboxRejection.Kind;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;
import org.junit.jupiter.api.Test;

/** How refused inbox requests are answered. */
class InboxEndpointTest {

  @Test
  void eachKindHasItsStatusAndProblemType() {
    assertStatus(Kind.UNSUPPORTED_MEDIA_TYPE, 415);
    assertStatus(Kind.TOO_LARGE, 413);
    assertStatus(Kind.UNSIGNED, 401);
    assertStatus(Kind.BAD_SIGNATURE, 401);
    assertStatus(Kind.KEY_UNAVAILABLE, 401);
    assertStatus(Kind.REPLAYED, 401);
    assertStatus(Kind.MALFORMED, 400);
    assertStatus(Kind.FORBIDDEN_CONTEXT, 400);
    assertStatus(Kind.ORIGIN, 403);
    assertStatus(Kind.NOT_ADMITTED, 403);
  }

  @Test
  void theDetailIsThePublicOneNeverTheJournalReason() {
    ProblemDetail problem =
        InboxEndpoint.problemFor(
            new InboxRejection(
                Kind.KEY_UNAVAILABLE,
                "ConnectException to 10.0.0.7",
                "The signing key could not be obtained."));
    assertThat(problem.detail()).isEqualTo("The signing key could not be obtained.");
    assertThat(problem.errors()).isNull();
  }

  @Test
  void theVerifiedAddressIsThePublicOne() {
    assertThat(
            InboxEndpoint.publicUri(
                URI.create("https://lons.essaim.example/"), "/actors/territory/inbox", null))
        .isEqualTo(URI.create("https://lons.essaim.example/actors/territory/inbox"));
    assertThat(InboxEndpoint.publicUri(URI.create("https://lons.essaim.example"), "/inbox", "a=1"))
        .isEqualTo(URI.create("https://lons.essaim.example/inbox?a=1"));
  }

  private static void assertStatus(Kind kind, int status) {
    ProblemDetail problem = InboxEndpoint.problemFor(new InboxRejection(kind, "why"));
    assertThat(problem.status()).as(kind.name()).isEqualTo(status);
    assertThat(problem.type()).startsWith("urn:essaim:problem:");
    assertThat(problem.title()).isNotBlank();
    assertThat(problem.detail()).isEqualTo("why");
  }
}
