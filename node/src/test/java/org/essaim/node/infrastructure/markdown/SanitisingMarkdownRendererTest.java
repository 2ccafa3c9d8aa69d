// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanitisingMarkdownRendererTest {

  private final SanitisingMarkdownRenderer renderer = new SanitisingMarkdownRenderer();

  @Test
  void rendersTheMarkdownOfASheet() {
    String html =
        renderer.toSafeHtml(
            """
            # Créer et animer un incubateur

            Un **incubateur** accompagne les _porteurs_ de projets.

            1. Réunir l'équipe cœur
            2. Trouver les [partenaires](https://startupdeterritoire.fr/partenaires "Réseau")

            > « Faire ensemble »

            ```java
            var x = 1;
            ```

            | Étape | Durée |
            |:------|------:|
            | Idéation | 3 h |
            """);
    assertThat(html)
        .contains("<h1>Créer et animer un incubateur</h1>")
        .contains("<strong>incubateur</strong>", "<em>porteurs</em>")
        .contains("<ol><li>", "<blockquote>")
        .contains("<a href=\"https://startupdeterritoire.fr/partenaires\"")
        .containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"")
        .contains("<code class=\"language-java\">")
        .contains("<table>", "<th align=\"left\">", "<td align=\"right\">3 h</td>");
  }

  @Test
  void mailtoLinksAndHttpImagesStay() {
    String html =
        renderer.toSafeHtml(
            "Écrire à [l'animation](mailto:animation@startupdeterritoire.fr)."
                + " ![Logo](https://example.org/logo.png \"Le logo\")");
    assertThat(html)
        .contains("href=\"mailto:animation&#64;startupdeterritoire.fr\"")
        .contains("<img src=\"https://example.org/logo.png\"")
        .contains("alt=\"Logo\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "Texte <script>alert(1)</script> en ligne",
        "<img src=x onerror=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](javascript&#58;alert(1))",
        "[clic](java\tscript:alert(1))",
        "[clic](%6A%61%76%61script:alert(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[clic](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x]: javascript:alert(1)\n\n[clic][x]",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">clic</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{display:none}</style>",
        "*<img src=x onerror=alert(1)>*",
        "[<img src=x onerror=alert(1)>](https://ok.example)",
        "**[clic](javascript:alert(1))**",
        "> <script>alert(1)</script>",
        "- <b onmouseover=alert(1)>x</b>",
        "<details open ontoggle=alert(1)>",
        "<!-- --><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "`<script>`alert(1)`</script>`",
        "[clic](ｊａｖａｓｃｒｉｐｔ:alert(1))",
        "[clic](\u202ejavascript:alert(1))",
        "[clic](java\u200bscript:alert(1))",
        "<scr<script>ipt>alert(1)</script>",
        "<form action=\"https://evil.example\"><input name=x></form>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"
      })
  void nothingExecutableSurvives(String attack) {
    String html = renderer.toSafeHtml(attack).toLowerCase(Locale.ROOT);
    assertThat(html)
        .doesNotContain("<script", "<iframe", "<svg", "<style", "<object", "<form", "<input")
        .doesNotContain("<div", "<details", "<math", "<b ")
        // Escaped source text may still read "javascript:"; no tag may carry it.
        .doesNotContainPattern("<[^>]*(javascript|vbscript|data):")
        .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
        .doesNotContainPattern("<[^>]*\\sstyle\\s*=");
    assertThat(html).doesNotContainPattern("href=\"(?!https?://|mailto:)");
    assertThat(html).doesNotContainPattern("src=\"(?!https?://)");
  }

  @Test
  void rawHtmlShowsAsTextNeverAsMarkup() {
    assertThat(renderer.toSafeHtml("<b>gras</b> et <script>alert(1)</script>"))
        .isEqualTo("<p>&lt;b&gt;gras&lt;/b&gt; et &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  }

  @Test
  void relativeAndOtherSchemesLoseTheirLinkNotTheirText() {
    assertThat(renderer.toSafeHtml("[Voir](/api/method-sheets/1) et [ftp](ftp://x.example/f)"))
        .isEqualTo("<p>Voir et ftp</p>\n");
  }

  @Test
  void imagesOnlyFromHttpAddresses() {
    assertThat(renderer.toSafeHtml("![Logo](mailto:a@b.example)")).doesNotContain("<img");
    assertThat(renderer.toSafeHtml("![Logo](/logo.png)")).doesNotContain("<img");
  }

  @Test
  void unicodeTextIsKept() {
    assertThat(renderer.toSafeHtml("Rêves « partagés » — 7 à 107 ans 🐝 ليون"))
        .contains("Rêves « partagés » — 7 à 107 ans ", "ليون")
        .containsPattern("(🐝|&#x1f41d;)");
  }

  @Test
  void emptyTextRendersNothing() {
    assertThat(renderer.toSafeHtml("")).isEmpty();
  }
}
