// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;

/**
 * A method sheet (« fiche pratique »). It holds its current text (the head, also kept as version
 * {@link #currentVersion()} in {@link MethodSheetVersion}) with the HTML rendered when it was
 * written: sheets are read far more than written. {@link Visibility#NETWORK} by default.
 */
@Entity
@Table(name = "method_sheet")
public class MethodSheet {

  public static final int MAX_CHANGE_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title", nullable = false, length = SheetText.MAX_TITLE)
  private String title;

  @Column(name = "summary", length = SheetText.MAX_SUMMARY)
  private String summary;

  @Column(name = "body_markdown", nullable = false)
  private String bodyMarkdown;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "published_version")
  private Integer publishedVersion;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_sheet_step", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "position")
  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false, length = 32)
  private List<MethodStep> methodSteps = new ArrayList<>();

  @Column(name = "referent_territory", nullable = false, length = SheetDescription.MAX_TERRITORY)
  private String referentTerritory;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_sheet_contributor", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "position")
  @Column(name = "territory", nullable = false, length = SheetDescription.MAX_TERRITORY)
  private List<String> contributingTerritories = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 32)
  private Audience audience;

  @Column(name = "licence", nullable = false, length = 64)
  private String licence;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_sheet_theme", joinColumns = @JoinColumn(name = "sheet_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private MethodSheetState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected MethodSheet() {
    // for JPA
  }

  /**
   * A new {@link MethodSheetState#DRAFT} sheet at version 1; once stored, record that version with
   * {@link MethodSheetVersion#of}.
   *
   * @param html {@code text}'s body rendered and sanitised
   * @param author the username of who wrote it
   */
  public MethodSheet(
      SheetText text, String html, SheetDescription description, String author, Instant now) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(
        description.visibility(), "visibility (the node's default if none given)");
    if (description.referentTerritory() == null) {
      throw new DomainRuleViolation("referentTerritory", "must not be blank");
    }
    this.state = MethodSheetState.DRAFT;
    this.currentVersion = 1;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    write(text, html);
    describe(description, author, now);
  }

  /** Replaces what the sheet is about (steps, territories, licence…): no new version. */
  public void describe(SheetDescription d, String author, Instant now) {
    replace(methodSteps, d.methodSteps());
    if (d.referentTerritory() != null) {
      this.referentTerritory = d.referentTerritory();
    }
    replace(contributingTerritories, d.contributingTerritories());
    this.audience = d.audience();
    this.licence = d.licence().spdxId();
    replace(themes, d.themes());
    if (d.visibility() != null) {
      this.visibility = d.visibility();
    }
    touch(author, now);
  }

  /**
   * Changes the text. A different title, summary or body makes the next version; the same text
   * makes none. A published sheet stays published at its new version (« mise à jour continue »), so
   * its readers are told what changed: the change note is then required.
   *
   * @param html {@code text}'s body rendered and sanitised
   * @return whether a new version was made; if so, record it with {@link MethodSheetVersion#of}
   * @throws DomainRuleViolation for a published sheet without change note, or a note too long
   * @throws IllegalStateException for a deprecated sheet (the application refuses it first)
   */
  public boolean revise(
      SheetText text, String html, String changeNote, String author, Instant now) {
    Objects.requireNonNull(html, "html");
    if (!acceptsNewVersions()) {
      throw new IllegalStateException("a deprecated sheet is not revised");
    }
    if (text.equals(text())) {
      return false;
    }
    String note = changeNote(changeNote);
    if (state == MethodSheetState.PUBLISHED && note == null) {
      throw new DomainRuleViolation(
          "changeNote", "say what changed: the sheet is published and its readers see the note");
    }
    write(text, html);
    currentVersion++;
    if (state == MethodSheetState.PUBLISHED) {
      publishedVersion = currentVersion;
      publishedAt = now.atOffset(ZoneOffset.UTC);
    }
    touch(author, now);
    return true;
  }

  /** A deprecated sheet keeps the text it was deprecated with; a new round starts in DRAFT. */
  public boolean acceptsNewVersions() {
    return state != MethodSheetState.DEPRECATED;
  }

  /**
   * Moves the sheet along its lifecycle; publishing records the current version as published.
   *
   * @throws IllegalTransitionException unless {@code target} may follow the current state
   */
  public void moveTo(MethodSheetState target, String author, Instant now) {
    this.state = state.requireTransitionTo(target);
    if (target == MethodSheetState.PUBLISHED) {
      this.publishedVersion = currentVersion;
      this.publishedAt = now.atOffset(ZoneOffset.UTC);
    }
    touch(author, now);
  }

  /** Whether anyone may read it: published or deprecated, at a publicly readable visibility. */
  public boolean readableByPublic() {
    return state.publiclyVisible() && visibility.readableByPublic();
  }

  /**
   * A change note, stripped; null when blank.
   *
   * @throws DomainRuleViolation when longer than {@value #MAX_CHANGE_NOTE} characters
   */
  public static String changeNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String stripped = note.strip();
    if (stripped.length() > MAX_CHANGE_NOTE) {
      throw new DomainRuleViolation("changeNote", "at most " + MAX_CHANGE_NOTE + " characters");
    }
    return stripped;
  }

  private void write(SheetText text, String html) {
    this.title = text.title();
    this.summary = text.summary();
    this.bodyMarkdown = text.bodyMarkdown();
    this.bodyHtml = html;
  }

  private void touch(String author, Instant now) {
    this.updatedBy = Objects.requireNonNull(author, "author");
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }

  public SheetText text() {
    return new SheetText(title, summary, bodyMarkdown);
  }

  public SheetDescription description() {
    return new SheetDescription(
        List.copyOf(methodSteps),
        referentTerritory,
        List.copyOf(contributingTerritories),
        audience,
        new Licence(licence),
        List.copyOf(themes),
        visibility);
  }

  public Long id() {
    return id;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public Optional<Integer> publishedVersion() {
    return Optional.ofNullable(publishedVersion);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant);
  }

  public MethodSheetState state() {
    return state;
  }

  public Visibility visibility() {
    return visibility;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
