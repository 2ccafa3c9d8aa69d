// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.junit.jupiter.api.Test;

/** The addresses of published objects and collections, and the outbox's paging rules. */
class PublishedAddressesTest {

  private static final FederationUrls URLS = new FederationUrls("https://lons.essaim.example/");

  @Test
  void objectAddresses() {
    assertThat(URLS.project(12))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/projects/12"));
    assertThat(URLS.methodSheet(3))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/method-sheets/3"));
    assertThat(URLS.solution(4))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/solutions/4"));
    assertThat(URLS.challenge(5))
        .isEqualTo(URI.create("https://lons.essaim.example/objects/challenges/5"));
    assertThat(URLS.event(6)).isEqualTo(URI.create("https://lons.essaim.example/objects/events/6"));
    assertThat(URLS.object(ShareableKind.EVENT, 6)).isEqualTo(URLS.event(6));
    assertThat(URLS.territoryCollection(ShareableKind.METHOD_SHEET))
        .isEqualTo(
            URI.create("https://lons.essaim.example/actors/territory/collections/method-sheets"));
    assertThat(URLS.restResource(ShareableKind.TRANSFERABLE_SOLUTION, 4))
        .isEqualTo(URI.create("https://lons.essaim.example/api/transferable-solutions/4"));
    assertThat(URLS.restResource(ShareableKind.PROJECT, 12))
        .isEqualTo(URI.create("https://lons.essaim.example/api/projects/12"));
  }

  @Test
  void everyPublishedKindHasASegmentReadBack() {
    for (ShareableKind kind : ActorDocuments.PUBLISHED_KINDS) {
      assertThat(FederationUrls.kindOfSegment(FederationUrls.objectSegment(kind))).contains(kind);
    }
    assertThat(FederationUrls.kindOfSegment("organizations")).isEmpty();
    assertThat(FederationUrls.kindOfSegment("dreams")).isEmpty();
    assertThatThrownBy(() -> URLS.object(ShareableKind.ORGANIZATION, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theApplicationNamesTheTerritoryActorAsTheFederationDoes() {
    assertThat(
            new org.essaim.node.application.NodeAddress(URI.create("https://lons.essaim.example/"))
                .territoryActor())
        .isEqualTo(URLS.territoryActor());
  }

  @Test
  void pages() {
    assertThat(FederationUrls.page(URLS.territoryOutbox(), 2))
        .isEqualTo(URI.create("https://lons.essaim.example/actors/territory/outbox?page=2"));
    assertThat(PublishedCollections.pageParameter(null)).isZero();
    assertThat(PublishedCollections.pageParameter("1")).isEqualTo(1);
    assertThat(PublishedCollections.pageParameter("0")).isEqualTo(-1);
    assertThat(PublishedCollections.pageParameter("-3")).isEqualTo(-1);
    assertThat(PublishedCollections.pageParameter("abc")).isEqualTo(-1);
    assertThat(PublishedCollections.pageParameter("99999999999")).isEqualTo(-1);
    assertThat(PublishedCollections.lastPage(0)).isEqualTo(1);
    assertThat(PublishedCollections.lastPage(20)).isEqualTo(1);
    assertThat(PublishedCollections.lastPage(21)).isEqualTo(2);
  }
}
