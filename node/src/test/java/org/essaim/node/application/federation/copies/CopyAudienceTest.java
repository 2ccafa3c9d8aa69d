// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.IriReference;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.junit.jupiter.api.Test;

class CopyAudienceTest {

  static final URI FOLLOWERS = URI.create("https://vierzon.example/actors/territory/followers");

  static AsObject addressed(String property, URI... recipients) {
    AsObject.Builder builder = AsObject.builder().id("https://vierzon.example/p/1").type(As.NOTE);
    for (URI recipient : recipients) {
      builder.add(property, new IriReference(recipient));
    }
    return builder.build();
  }

  @Test
  void addressedToEveryoneInToOrCcIsPublic() {
    assertThat(CopyAudience.of(addressed(As.TO, URI.create(As.PUBLIC)), null))
        .isEqualTo(CopyAudience.PUBLIC);
    assertThat(CopyAudience.of(addressed(As.CC, FOLLOWERS, URI.create(As.PUBLIC)), null))
        .isEqualTo(CopyAudience.PUBLIC);
  }

  @Test
  void addressedToFollowersOnlyIsNetwork() {
    assertThat(CopyAudience.of(addressed(As.TO, FOLLOWERS), null)).isEqualTo(CopyAudience.NETWORK);
  }

  @Test
  void theObjectsOwnAddressingWinsOverTheActivitys() {
    assertThat(
            CopyAudience.of(addressed(As.TO, FOLLOWERS), addressed(As.TO, URI.create(As.PUBLIC))))
        .isEqualTo(CopyAudience.NETWORK);
  }

  @Test
  void anUnaddressedObjectTakesTheActivitysAddressing() {
    assertThat(CopyAudience.of(addressed(As.TO), addressed(As.TO, URI.create(As.PUBLIC))))
        .isEqualTo(CopyAudience.PUBLIC);
    assertThat(CopyAudience.of(addressed(As.TO), addressed(As.TO, FOLLOWERS)))
        .isEqualTo(CopyAudience.NETWORK);
  }

  @Test
  void unaddressedEverywhereIsNetwork() {
    assertThat(CopyAudience.of(addressed(As.TO), null)).isEqualTo(CopyAudience.NETWORK);
  }
}
