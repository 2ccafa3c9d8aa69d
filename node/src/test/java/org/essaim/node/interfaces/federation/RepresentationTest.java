// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.interfaces.federation.Representation.ACTIVITY_STREAMS;
import static org.essaim.node.interfaces.federation.Representation.WEB_PAGE;

import org.junit.jupiter.api.Test;

class RepresentationTest {

  @Test
  void federatingServersGetActivityStreams() {
    assertThat(Representation.forAccept("application/activity+json")).contains(ACTIVITY_STREAMS);
    assertThat(
            Representation.forAccept(
                "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\""))
        .contains(ACTIVITY_STREAMS);
    assertThat(
            Representation.forAccept(
                "application/ld+json;profile=https://www.w3.org/ns/activitystreams"))
        .contains(ACTIVITY_STREAMS);
    assertThat(
            Representation.forAccept(
                "application/ld+json; charset=utf-8; PROFILE=\"https://www.w3.org/ns/activitystreams\""))
        .contains(ACTIVITY_STREAMS);
    assertThat(Representation.forAccept("application/ld+json")).contains(ACTIVITY_STREAMS);
    // Mastodon's fetch header.
    assertThat(
            Representation.forAccept(
                "application/activity+json, application/ld+json;"
                    + " profile=\"https://www.w3.org/ns/activitystreams\", text/html;q=0.1"))
        .contains(ACTIVITY_STREAMS);
  }

  @Test
  void browsersAndGenericClientsGetTheWebPage() {
    assertThat(
            Representation.forAccept(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .contains(WEB_PAGE);
    assertThat(Representation.forAccept("*/*")).contains(WEB_PAGE);
    assertThat(Representation.forAccept(null)).contains(WEB_PAGE);
    assertThat(Representation.forAccept("")).contains(WEB_PAGE);
    assertThat(Representation.forAccept("text/html;q=0.9, application/activity+json;q=0.5"))
        .contains(WEB_PAGE);
  }

  @Test
  void aTieGoesToActivityStreams() {
    assertThat(Representation.forAccept("text/html, application/activity+json"))
        .contains(ACTIVITY_STREAMS);
  }

  @Test
  void anythingElseIsNotAcceptable() {
    assertThat(Representation.forAccept("image/png")).isEmpty();
    assertThat(Representation.forAccept("application/json")).isEmpty();
    assertThat(
            Representation.forAccept("application/ld+json; profile=\"https://example.org/other\""))
        .isEmpty();
    assertThat(Representation.forAccept("application/activity+json;q=0")).isEmpty();
    assertThat(Representation.forAccept("text/html;q=0, application/xml")).isEmpty();
  }
}
