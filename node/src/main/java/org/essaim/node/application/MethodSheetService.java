// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.essaim.node.application.federation.publishing.SharedObjectChanged;
import org.essaim.node.domain.model.methodsheet.MarkdownRenderer;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheetSearch;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.methodsheet.SheetDescription;
import org.essaim.node.domain.model.methodsheet.SheetText;
import org.essaim.node.domain.model.territory.TerritoryRepository;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * Method sheets and their versions. The Markdown is rendered to sanitised HTML once, when it is
 * written. The public reads PUBLISHED and DEPRECATED sheets of NODE_PUBLIC or PUBLIC visibility,
 * without the usernames; the team reads everything.
 */
@ApplicationScoped
public class MethodSheetService {

  @Inject MethodSheetRepository sheets;
  @Inject VisibilityDefaultService visibilityDefaults;
  @Inject TerritoryRepository territories;
  @Inject MarkdownRenderer renderer;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<SharedObjectChanged> shared;

  /**
   * A new DRAFT sheet at version 1; its referent territory is this node's unless given.
   *
   * @param author the username of who writes it
   */
  @Transactional
  public MethodSheetView create(
      SheetText text, SheetDescription description, String changeNote, String author) {
    Instant now = clock.instant();
    MethodSheet sheet =
        new MethodSheet(
            text,
            renderer.toSafeHtml(text.bodyMarkdown()),
            description
                .withReferent(thisTerritory())
                .withDefaultVisibility(visibilityDefaults.defaultFor(ShareableKind.METHOD_SHEET)),
            author,
            now);
    // Checked before anything is written.
    String note = MethodSheet.changeNote(changeNote);
    sheets.add(sheet);
    sheets.flush();
    sheets.addVersion(MethodSheetVersion.of(sheet, note, author, now));
    sheets.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.METHOD_SHEET, sheet.id()));
    return MethodSheetView.of(sheet, true);
  }

  @Transactional
  public Page<MethodSheetView> list(
      boolean team,
      Optional<MethodStep> step,
      Optional<String> theme,
      Optional<MethodSheetState> state,
      Optional<String> text,
      MethodSheetSearch.Order order,
      PageRequest request) {
    Set<MethodSheetState> states = EnumSet.allOf(MethodSheetState.class);
    if (!team) {
      states.removeIf(s -> !s.publiclyVisible());
    }
    state.ifPresent(wanted -> states.retainAll(EnumSet.of(wanted)));
    if (states.isEmpty()) {
      return new Page<>(List.of(), request.page(), request.size(), 0);
    }
    MethodSheetSearch search =
        new MethodSheetSearch(Visibilities.readableBy(team), states, step, theme, text, order);
    return new Page<>(
        sheets.search(search, Page.offset(request), request.size()).stream()
            .map(s -> MethodSheetView.of(s, team))
            .toList(),
        request.page(),
        request.size(),
        sheets.count(search));
  }

  @Transactional
  public MethodSheetView get(long id, boolean team) {
    return MethodSheetView.of(visible(id, team), team);
  }

  /**
   * Replaces the sheet's text and description. A changed text makes the next version, with the
   * change note; the same text makes none.
   *
   * @throws ConflictException for a DEPRECATED sheet whose text would change
   */
  @Transactional
  public MethodSheetView update(
      long id,
      SheetText text,
      SheetDescription description,
      String changeNote,
      String author,
      OptionalLong expectedVersion) {
    MethodSheet sheet = current(id, expectedVersion);
    Instant now = clock.instant();
    if (!text.equals(sheet.text()) && !sheet.acceptsNewVersions()) {
      throw new ConflictException(
          "method sheet "
              + id
              + " is DEPRECATED: its text is kept as it was; move it back to DRAFT to rework it");
    }
    sheet.describe(description.withReferent(thisTerritory()), author, now);
    if (sheet.revise(text, renderer.toSafeHtml(text.bodyMarkdown()), changeNote, author, now)) {
      sheets.addVersion(MethodSheetVersion.of(sheet, changeNote, author, now));
    }
    sheets.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.METHOD_SHEET, id));
    return MethodSheetView.of(sheet, true);
  }

  /**
   * A new version with another body, title and summary kept: an amendment a peer territory
   * proposed, accepted by an editor. Federates as Update like any change.
   *
   * @param changeNote says where the text comes from
   * @return the new version's number
   * @throws ConflictException for a DEPRECATED sheet, or a body equal to the current one
   */
  @Transactional
  public int reviseBody(long id, String bodyMarkdown, String changeNote, String author) {
    MethodSheet sheet = current(id, OptionalLong.empty());
    if (!sheet.acceptsNewVersions()) {
      throw new ConflictException("method sheet " + id + " is DEPRECATED: it takes no new version");
    }
    SheetText text = new SheetText(sheet.text().title(), sheet.text().summary(), bodyMarkdown);
    Instant now = clock.instant();
    if (!sheet.revise(text, renderer.toSafeHtml(bodyMarkdown), changeNote, author, now)) {
      throw new ConflictException("the proposed text is already the text of method sheet " + id);
    }
    sheets.addVersion(MethodSheetVersion.of(sheet, changeNote, author, now));
    sheets.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.METHOD_SHEET, id));
    return sheet.currentVersion();
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException for an illegal move
   */
  @Transactional
  public MethodSheetView moveTo(
      long id, MethodSheetState target, String author, OptionalLong expectedVersion) {
    MethodSheet sheet = current(id, expectedVersion);
    sheet.moveTo(target, author, clock.instant());
    sheets.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.METHOD_SHEET, id));
    return MethodSheetView.of(sheet, true);
  }

  /** Deletes the sheet with its whole history. */
  @Transactional
  public void delete(long id, OptionalLong expectedVersion) {
    MethodSheet sheet = current(id, expectedVersion);
    sheets.remove(sheet);
    sheets.flush();
    shared.fire(new SharedObjectChanged(ShareableKind.METHOD_SHEET, id));
  }

  /** The versions a caller may read, newest first: the public only up to the published one. */
  @Transactional
  public Page<MethodSheetVersionView> versions(long id, boolean team, PageRequest request) {
    MethodSheet sheet = visible(id, team);
    int upTo = readableUpTo(sheet, team);
    return new Page<>(
        sheets.versions(id, upTo, Page.offset(request), request.size()).stream()
            .map(v -> MethodSheetVersionView.of(v, team))
            .toList(),
        request.page(),
        request.size(),
        upTo);
  }

  @Transactional
  public MethodSheetVersionView version(long id, int number, boolean team) {
    MethodSheet sheet = visible(id, team);
    return sheets
        .version(id, number)
        .filter(v -> v.number() <= readableUpTo(sheet, team))
        .map(v -> MethodSheetVersionView.of(v, team))
        .orElseThrow(
            () -> new NotFoundException("method sheet " + id + " has no version " + number));
  }

  private static int readableUpTo(MethodSheet sheet, boolean team) {
    return team ? sheet.currentVersion() : sheet.publishedVersion().orElse(0);
  }

  private MethodSheet visible(long id, boolean team) {
    return sheets
        .find(id)
        .filter(s -> team || s.readableByPublic())
        .orElseThrow(() -> new NotFoundException("there is no method sheet " + id));
  }

  private MethodSheet current(long id, OptionalLong expectedVersion) {
    MethodSheet sheet = visible(id, true);
    StaleVersionException.requireCurrent(expectedVersion, sheet.version());
    return sheet;
  }

  private String thisTerritory() {
    return territories
        .thisNode()
        .map(t -> t.profile().name())
        .orElseThrow(() -> new IllegalStateException("the node's territory is not initialised"));
  }
}
