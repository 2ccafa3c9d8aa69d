// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.junit.jupiter.api.Test;

class NetworkObjectsTest {

  static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");

  static RemoteObject copy(CopyAudience audience) {
    return new RemoteObject(
        URI.create("https://vierzon.example/p/1"),
        URI.create("https://vierzon.example/actors/territory"),
        new CopyContent(
            RemoteObjectKind.PROJECT, audience, "{}", "P", null, List.of(), null, null, null),
        T1);
  }

  @Test
  void networkCopiesAreForSignedInMembersPublicOnesForEveryone() {
    assertThat(NetworkObjects.readable(copy(CopyAudience.PUBLIC), false)).isTrue();
    assertThat(NetworkObjects.readable(copy(CopyAudience.NETWORK), false)).isFalse();
    assertThat(NetworkObjects.readable(copy(CopyAudience.NETWORK), true)).isTrue();
  }

  @Test
  void deletedCopiesAreNeverRead() {
    RemoteObject deleted = copy(CopyAudience.PUBLIC);
    deleted.delete(T1);

    assertThat(NetworkObjects.readable(deleted, true)).isFalse();
    assertThat(NetworkObjects.readable(deleted, false)).isFalse();
  }
}
