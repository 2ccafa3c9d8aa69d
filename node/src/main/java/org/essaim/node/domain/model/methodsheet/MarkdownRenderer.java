// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

/**
 * Turns a sheet's Markdown into HTML that is safe to insert in a page as it is: no raw HTML from
 * the source, no scripts, styles or event handlers, links and images to http(s) (links also mailto)
 * only.
 */
public interface MarkdownRenderer {

  String toSafeHtml(String markdown);
}
