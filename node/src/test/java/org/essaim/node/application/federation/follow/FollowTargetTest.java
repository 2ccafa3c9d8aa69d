// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.essaim.node.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class FollowTargetTest {

  @Test
  void handlesInEveryFormAreLookedUp() {
    for (String handle :
        new String[] {
          "acct:lons@essaim.crepite.fr", "@lons@essaim.crepite.fr", "lons@Essaim.Crepite.fr"
        }) {
      FollowTarget target = FollowTarget.parse(handle);
      assertThat(target.acct())
          .hasValueSatisfying(a -> assertThat(a.host()).isEqualTo("essaim.crepite.fr"));
      assertThat(target.actor()).isEmpty();
    }
    assertThat(FollowTarget.parse("acct:b@127.0.0.1:9080").acct().orElseThrow().host())
        .isEqualTo("127.0.0.1:9080");
  }

  @Test
  void actorAddressesAreTakenAsTheyAre() {
    assertThat(FollowTarget.parse("https://essaim.crepite.fr/actors/territory").actor())
        .contains(URI.create("https://essaim.crepite.fr/actors/territory"));
  }

  @Test
  void anythingElseIsAFieldError() {
    for (String bad :
        new String[] {
          "",
          "   ",
          "ftp://x.example/a",
          "mailto:a@b.example",
          "no-at-sign",
          "a@b@c",
          "https://x.example/a#main-key"
        }) {
      assertThatThrownBy(() -> FollowTarget.parse(bad))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("target"));
    }
  }

  @Test
  void thisNodesOwnActorIsRefused() {
    URI own = URI.create("https://a.example/actors/territory");
    assertThatThrownBy(() -> FollowTarget.requireRemote(own, List.of(own)))
        .isInstanceOf(InvalidInputException.class);
    FollowTarget.requireRemote(URI.create("https://b.example/actors/territory"), List.of(own));
  }
}
