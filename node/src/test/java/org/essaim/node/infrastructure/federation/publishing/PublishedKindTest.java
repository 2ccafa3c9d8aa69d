// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.federation.FederationUrls;
import org.junit.jupiter.api.Test;

/** The published kinds, their addresses, and how non-domain objects are found. */
class PublishedKindTest {

  private static final FederationUrls URLS = new FederationUrls("https://lons.essaim.example");

  @Test
  void theFiveShareableKindsKeepTheirSegmentsAndTheOthersGetTheirOwn() {
    assertThat(PublishedKind.of(ShareableKind.PROJECT).segment()).isEqualTo("projects");
    assertThat(PublishedKind.of(ShareableKind.TRANSFERABLE_SOLUTION).segment())
        .isEqualTo("solutions");
    assertThat(URLS.object(PublishedKind.KEY_FIGURES, 1))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/key-figures/1"));
    assertThat(URLS.object(PublishedKind.LABEL_ATTESTATION, 2))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/label-attestations/2"));
    assertThat(URLS.object(PublishedKind.PROMO, 3).getPath()).isEqualTo("/objects/promos/3");
    assertThat(URLS.object(PublishedKind.SPONSORSHIP, 4).getPath())
        .isEqualTo("/objects/sponsorships/4");
    for (ShareableKind kind : ShareableKind.values()) {
      if (kind != ShareableKind.ORGANIZATION) {
        assertThat(URLS.object(PublishedKind.of(kind), 7)).isEqualTo(URLS.object(kind, 7));
        assertThat(PublishedKind.of(kind).shareable()).contains(kind);
      }
    }
    assertThatThrownBy(() -> PublishedKind.of(ShareableKind.ORGANIZATION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void segmentsAreDistinctAndReadBack() {
    assertThat(Arrays.stream(PublishedKind.values()).map(PublishedKind::segment))
        .doesNotHaveDuplicates();
    for (PublishedKind kind : PublishedKind.values()) {
      assertThat(PublishedKind.bySegment(kind.segment())).contains(kind);
    }
    assertThat(PublishedKind.bySegment("organizations")).isEmpty();
    assertThat(PublishedKind.bySegment("KEY_FIGURES")).isEmpty();
    assertThat(PublishedKind.KEY_FIGURES.shareable()).isEmpty();
    assertThat(PublishedKind.KEY_FIGURES.type()).isEqualTo(Essaim.KEY_FIGURES);
  }

  @Test
  void browsersAreSentToAPageForEveryKind() {
    assertThat(URLS.webPage(PublishedKind.PROJECT, 12))
        .isEqualTo(URLS.restResource(ShareableKind.PROJECT, 12));
    assertThat(URLS.webPage(PublishedKind.KEY_FIGURES, 1))
        .isEqualTo(URI.create("https://lons.essaim.example/api/key-figures"));
    assertThat(URLS.webPage(PublishedKind.PROMO, 1)).isEqualTo(URLS.root());
  }

  @Test
  void objectsOfOtherKindsComeFromTheSourceOfTheirKind() {
    SharedObject figures = object(PublishedKind.KEY_FIGURES, 1);
    List<PublishedObjectSource> sources =
        List.of(
            source(PublishedKind.PROMO, object(PublishedKind.PROMO, 1)),
            source(PublishedKind.KEY_FIGURES, figures));
    assertThat(SharedObjects.fromSources(sources, PublishedKind.KEY_FIGURES, 1)).contains(figures);
    assertThat(SharedObjects.fromSources(sources, PublishedKind.SPONSORSHIP, 1)).isEmpty();
  }

  @Test
  void aSourceAnsweringForAnotherKindOrIdPublishesNothing() {
    List<PublishedObjectSource> wrongKind =
        List.of(source(PublishedKind.KEY_FIGURES, object(PublishedKind.PROMO, 1)));
    assertThat(SharedObjects.fromSources(wrongKind, PublishedKind.KEY_FIGURES, 1)).isEmpty();
    List<PublishedObjectSource> wrongId =
        List.of(source(PublishedKind.KEY_FIGURES, object(PublishedKind.KEY_FIGURES, 2)));
    assertThat(SharedObjects.fromSources(wrongId, PublishedKind.KEY_FIGURES, 1)).isEmpty();
  }

  private static SharedObject object(PublishedKind kind, long id) {
    URI address = URLS.object(kind, id);
    return new SharedObject(
        address,
        kind,
        id,
        Visibility.PUBLIC,
        WireObjects.withTimes(
            AsObject.builder().id(address).type(kind.type()).build(),
            Instant.EPOCH,
            Instant.EPOCH));
  }

  private static PublishedObjectSource source(PublishedKind kind, SharedObject answer) {
    return new PublishedObjectSource() {
      @Override
      public PublishedKind kind() {
        return kind;
      }

      @Override
      public Optional<SharedObject> current(long id) {
        return Optional.of(answer);
      }
    };
  }
}
