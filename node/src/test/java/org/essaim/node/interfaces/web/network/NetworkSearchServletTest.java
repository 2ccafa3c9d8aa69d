// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.essaim.node.domain.model.search.SearchSort;
import org.junit.jupiter.api.Test;

class NetworkSearchServletTest {

  @Test
  void linksKeepTheQueryTheFiltersAndTheOrderEncoded() {
    List<NetworkSearchServlet.Param> filters =
        List.of(
            new NetworkSearchServlet.Param("kind", "PROJECT"),
            new NetworkSearchServlet.Param("region", "Grand Est & co"));
    assertThat(NetworkSearchServlet.link("jardin partagé", filters, SearchSort.RECENT, 2))
        .isEqualTo(
            "/network/search?q=jardin+partag%C3%A9&kind=PROJECT&region=Grand+Est+%26+co"
                + "&sort=recent&page=2");
    assertThat(NetworkSearchServlet.link("", List.of(), SearchSort.RELEVANCE, 1))
        .isEqualTo("/network/search");
  }

  @Test
  void theCorrectedQueryReplacesOnlyTheUnknownWordsWithAWordTheResultsMark() {
    List<String> marked =
        NetworkSearchServlet.markedWords(
            List.of("Une \u0002épicerie\u0003 solidaire, des \u0002Épiceries\u0003"));
    assertThat(marked).containsExactly("épicerie", "Épiceries");
    assertThat(
            NetworkSearchServlet.corrected(
                "Epicrie solidaire", Map.of("epicrie", "epicer"), marked))
        .isEqualTo("épicerie solidaire");
    // Nothing marked with the stem: the stem itself.
    assertThat(NetworkSearchServlet.corrected("jardni", Map.of("jardni", "jardin"), List.of()))
        .isEqualTo("jardin");
    assertThat(NetworkSearchServlet.corrected("jardin", Map.of(), marked)).isNull();
  }
}
