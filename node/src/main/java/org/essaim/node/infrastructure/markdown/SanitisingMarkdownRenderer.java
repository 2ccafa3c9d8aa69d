// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.essaim.node.domain.model.methodsheet.MarkdownRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Two layers. CommonMark escapes any raw HTML of the source (it shows as text, never as markup) and
 * drops unsafe link schemes; the sanitizer then re-checks the HTML against an allow-list, so a flaw
 * in one layer is not enough: links keep {@code http}, {@code https} and {@code mailto} URLs only
 * and get {@code rel} {@code nofollow} and {@code noopener}, images {@code http(s)} only, and no
 * element keeps a {@code style}, {@code class} (but a code block's language) or event-handler
 * attribute.
 */
@ApplicationScoped
public class SanitisingMarkdownRenderer implements MarkdownRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Pattern LINK_URL =
      Pattern.compile("^(?:https?://|mailto:)\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_URL =
      Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE_LANGUAGE = Pattern.compile("^language-[A-Za-z0-9_+#.-]{1,40}$");
  private static final Pattern ALIGN = Pattern.compile("^(?:left|center|right)$");
  private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,9}$");

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "ul",
              "ol",
              "li",
              "hr",
              "br",
              "a",
              "img",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          // An image whose source was refused goes altogether, not as an empty <img alt>.
          .allowElements(
              (element, attributes) -> attributes.contains("src") ? element : null, "img")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching(LINK_URL)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "img")
          .allowAttributes("src")
          .matching(IMAGE_URL)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("class")
          .matching(CODE_LANGUAGE)
          .onElements("code")
          .allowAttributes("align")
          .matching(ALIGN)
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(NUMBER)
          .onElements("ol")
          .requireRelsOnLinks("nofollow", "noopener")
          .toFactory();

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  @Override
  public String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }
}
