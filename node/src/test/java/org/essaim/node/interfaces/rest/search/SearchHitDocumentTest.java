// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.essaim.node.domain.model.search.SearchHit;
import org.junit.jupiter.api.Test;

class SearchHitDocumentTest {

  @Test
  void snippetsEscapeTheTextAndMarkOnlyTheMatchedWords() {
    String marked =
        "Des " + SearchHit.MARK_START + "jardins" + SearchHit.MARK_END + " <img src=x> & \"plus\"";

    assertThat(SearchHitDocument.snippet(marked))
        .isEqualTo("Des <mark>jardins</mark> &lt;img src=x&gt; &amp; &quot;plus&quot;");
  }

  @Test
  void noSnippetWithoutText() {
    assertThat(SearchHitDocument.snippet(null)).isNull();
    assertThat(SearchHitDocument.snippet(" ")).isNull();
  }
}
