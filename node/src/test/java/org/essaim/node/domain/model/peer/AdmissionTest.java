// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  static final URI CREPITE = URI.create("https://essaim.crepite.fr/actors/territory");
  static final URI OTHER = URI.create("https://essaim.example.org/actors/territory");
  static final URI SPAM = URI.create("https://node.spam.example/actors/territory");

  static Admission admission(NetworkMode mode, List<PeerMatch> blocks, List<PeerMatch> allow) {
    return new Admission(mode, blocks, allow, a -> false);
  }

  @Test
  void openAdmitsEveryoneNotBlocked() {
    Admission open =
        admission(NetworkMode.OPEN, List.of(PeerMatch.host("h", "spam.example")), List.of());
    assertThat(open.admits(CREPITE)).isTrue();
    assertThat(open.admits(OTHER)).isTrue();
    assertThat(open.admits(SPAM)).isFalse();
    assertThat(open.refusal(SPAM)).hasValueSatisfying(r -> assertThat(r).contains("blocked"));
  }

  @Test
  void openWithoutBlocksAdmitsAll() {
    assertThat(admission(NetworkMode.OPEN, List.of(), List.of()).admits(SPAM)).isTrue();
  }

  @Test
  void allowListAdmitsOnlyListedActorsAndHosts() {
    Admission closed =
        admission(
            NetworkMode.ALLOW_LIST,
            List.of(),
            List.of(PeerMatch.actor("a", CREPITE.toString()), PeerMatch.host("h", "spam.example")));
    assertThat(closed.admits(CREPITE)).isTrue();
    assertThat(closed.admits(SPAM)).isTrue();
    assertThat(closed.admits(OTHER)).isFalse();
    assertThat(closed.refusal(OTHER)).hasValueSatisfying(r -> assertThat(r).contains("allow-list"));
  }

  @Test
  void blocksWinOverTheAllowList() {
    Admission closed =
        admission(
            NetworkMode.ALLOW_LIST,
            List.of(PeerMatch.actor("a", CREPITE.toString())),
            List.of(PeerMatch.host("h", "essaim.crepite.fr")));
    assertThat(closed.admits(CREPITE)).isFalse();
    assertThat(closed.admits(URI.create("https://essaim.crepite.fr/actors/instance"))).isTrue();
  }

  @Test
  void emptyAllowListAdmitsNobody() {
    assertThat(admission(NetworkMode.ALLOW_LIST, List.of(), List.of()).admits(CREPITE)).isFalse();
  }

  @Test
  void attestedActorsAreAdmittedInAllowListModeUnlessBlocked() {
    Admission attested =
        new Admission(
            NetworkMode.ALLOW_LIST,
            List.of(PeerMatch.host("h", "spam.example")),
            List.of(),
            a -> true);
    assertThat(attested.admits(OTHER)).isTrue();
    assertThat(attested.admits(SPAM)).isFalse();
  }

  @Test
  void hostEntriesCoverSubDomainsAndEveryPortUnlessAPortIsGiven() {
    PeerMatch host = PeerMatch.host("h", "Example.ORG");
    assertThat(host.value()).isEqualTo("example.org");
    assertThat(host.matches(URI.create("https://example.org/a"))).isTrue();
    assertThat(host.matches(URI.create("https://node.example.org/a"))).isTrue();
    assertThat(host.matches(URI.create("http://example.org:9080/a"))).isTrue();
    assertThat(host.matches(URI.create("https://badexample.org/a"))).isFalse();
    PeerMatch withPort = PeerMatch.host("h", "127.0.0.1:9080");
    assertThat(withPort.matches(URI.create("http://127.0.0.1:9080/actors/territory"))).isTrue();
    assertThat(withPort.matches(URI.create("http://127.0.0.1:9081/actors/territory"))).isFalse();
  }

  @Test
  void actorEntriesMatchOnlyThatActor() {
    PeerMatch actor = PeerMatch.actor("a", CREPITE.toString());
    assertThat(actor.matches(CREPITE)).isTrue();
    assertThat(actor.matches(URI.create("https://essaim.crepite.fr/actors/instance"))).isFalse();
  }
}
