// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * The versioned part of a sheet: a change to any of these makes a new version.
 *
 * @param title e.g. « Créer et animer un incubateur »
 * @param summary a short abstract, optional
 * @param bodyMarkdown the body in Markdown (CommonMark with GFM tables); raw HTML is not kept
 */
public record SheetText(String title, String summary, String bodyMarkdown) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 1000;
  public static final int MAX_BODY = 200_000;

  public SheetText {
    title = title == null ? null : title.strip();
    if (title == null || title.isEmpty()) {
      throw new DomainRuleViolation("title", "must not be blank");
    }
    if (title.length() > MAX_TITLE) {
      throw new DomainRuleViolation("title", "at most " + MAX_TITLE + " characters");
    }
    summary = summary == null || summary.isBlank() ? null : summary.strip();
    if (summary != null && summary.length() > MAX_SUMMARY) {
      throw new DomainRuleViolation("summary", "at most " + MAX_SUMMARY + " characters");
    }
    if (bodyMarkdown == null || bodyMarkdown.isBlank()) {
      throw new DomainRuleViolation("bodyMarkdown", "must not be blank");
    }
    if (bodyMarkdown.length() > MAX_BODY) {
      throw new DomainRuleViolation("bodyMarkdown", "at most " + MAX_BODY + " characters");
    }
    // Line endings normalised, so that the same text typed on another system is no new version.
    bodyMarkdown = bodyMarkdown.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
