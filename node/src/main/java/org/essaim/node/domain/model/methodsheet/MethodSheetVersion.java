// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One version of a sheet's text, immutable once written (the database refuses updates too): its
 * number (1, 2, 3…), the Markdown and the HTML rendered from it, the change note, who wrote it and
 * when. Together the versions are the sheet's changelog.
 */
@Entity
@Table(name = "method_sheet_version")
public class MethodSheetVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sheet_id", nullable = false, updatable = false)
  private long sheetId;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "title", nullable = false, updatable = false, length = SheetText.MAX_TITLE)
  private String title;

  @Column(name = "summary", updatable = false, length = SheetText.MAX_SUMMARY)
  private String summary;

  @Column(name = "body_markdown", nullable = false, updatable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false, updatable = false)
  private String bodyHtml;

  @Column(name = "change_note", updatable = false, length = MethodSheet.MAX_CHANGE_NOTE)
  private String changeNote;

  @Column(name = "author", nullable = false, updatable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected MethodSheetVersion() {
    // for JPA
  }

  private MethodSheetVersion(
      long sheetId,
      int number,
      SheetText text,
      String bodyHtml,
      String changeNote,
      String author,
      Instant at) {
    this.sheetId = sheetId;
    this.number = number;
    this.title = text.title();
    this.summary = text.summary();
    this.bodyMarkdown = text.bodyMarkdown();
    this.bodyHtml = Objects.requireNonNull(bodyHtml, "bodyHtml");
    this.changeNote = MethodSheet.changeNote(changeNote);
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * The record of a stored sheet's current text, as its {@link MethodSheet#currentVersion()}.
   *
   * @throws IllegalStateException when the sheet has no id yet
   */
  public static MethodSheetVersion of(
      MethodSheet sheet, String changeNote, String author, Instant at) {
    if (sheet.id() == null) {
      throw new IllegalStateException("store the sheet first");
    }
    return new MethodSheetVersion(
        sheet.id(), sheet.currentVersion(), sheet.text(), sheet.bodyHtml(), changeNote, author, at);
  }

  public long sheetId() {
    return sheetId;
  }

  public int number() {
    return number;
  }

  public SheetText text() {
    return new SheetText(title, summary, bodyMarkdown);
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String changeNote() {
    return changeNote;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
