// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.MethodSheetVersionView;
import org.essaim.node.application.MethodSheetView;
import org.essaim.node.application.Page;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.methodsheet.MethodSheetSearch;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * The team's method sheets (« fiches pratiques »): {@code /team/sheets} lists them all with their
 * state and its next steps; {@code /team/sheets/new} writes one in Markdown, {@code
 * /team/sheets/12} edits it (a changed text makes the next version, with its change note) and
 * {@code /team/sheets/12/versions} shows its history. The same service as {@code
 * /api/method-sheets}.
 */
@WebServlet({"/team/sheets", "/team/sheets/*"})
public class TeamSheetsServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})(?:/(versions|state))?");

  @Inject transient MethodSheetService sheets;
  @Inject transient Taxonomy taxonomy;

  /** A sheet in the team's list. */
  public record TeamSheet(
      long id,
      long version,
      String title,
      String state,
      int currentVersion,
      String visibility,
      List<Choice> next) {}

  /** One version in a sheet's history. */
  public record VersionItem(int number, String at, String author, String note, String title) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      String notice = doneNotice(request, "teamSheets.done.", "created", "saved", "moved");
      showList(request, response, HttpServletResponse.SC_OK, notice, null);
      return;
    }
    if (info.equals("/new")) {
      showForm(request, response, HttpServletResponse.SC_OK, SheetForm.blank(), null, null);
      return;
    }
    Matcher path = PATH.matcher(info);
    if (!path.matches() || "state".equals(path.group(2))) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(path.group(1));
    MethodSheetView view = sheets.get(id, true);
    if ("versions".equals(path.group(2))) {
      showVersions(request, response, view);
      return;
    }
    showForm(request, response, HttpServletResponse.SC_OK, SheetForm.of(view), view, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher path = PATH.matcher(info);
    boolean creating = info.equals("/new");
    FormRefusal refusal =
        creating
            ? (status, formError) ->
                showForm(request, response, status, SheetForm.read(request), null, formError)
            : (status, formError) -> showList(request, response, status, null, formError);
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (!creating && (!path.matches() || "versions".equals(path.group(2)))) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    String author = request.getUserPrincipal().getName();
    if (creating) {
      SheetForm form = SheetForm.read(request);
      Optional<SheetForm.Input> input = form.validate(taxonomy, locale, null);
      if (input.isEmpty()) {
        showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, null, null);
        return;
      }
      MethodSheetView created =
          sheets.create(
              input.get().text(), input.get().description(), input.get().changeNote(), author);
      redirect(request, response, "/team/sheets/" + created.id() + "/versions?done=created");
      return;
    }
    long id = Long.parseLong(path.group(1));
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if ("state".equals(path.group(2))) {
      moveFromList(
          request,
          response,
          MethodSheetState.class,
          to -> sheets.moveTo(id, to, author, OptionalLong.of(version)),
          (status, formError) -> showList(request, response, status, null, formError),
          "teamSheets.error.conflict",
          "/team/sheets?done=moved");
      return;
    }
    MethodSheetView current = sheets.get(id, true);
    SheetForm form = SheetForm.read(request);
    Optional<SheetForm.Input> input = form.validate(taxonomy, locale, current);
    if (input.isEmpty()) {
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    }
    try {
      sheets.update(
          id,
          input.get().text(),
          input.get().description(),
          input.get().changeNote(),
          author,
          OptionalLong.of(version));
    } catch (DomainRuleViolation e) {
      // A published sheet's new text needs its change note: the rule is the domain's.
      form.errors()
          .put(
              e.field().equals("changeNote") ? "changeNote" : "bodyMarkdown",
              e.field().equals("changeNote")
                  ? WebMessages.text(locale, "teamSheets.error.changeNote")
                  : e.getMessage());
      showForm(request, response, HttpServletResponse.SC_BAD_REQUEST, form, current, null);
      return;
    } catch (StaleVersionException | ConflictException e) {
      showForm(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          form,
          sheets.get(id, true),
          WebMessages.text(locale, "teamSheets.error.conflict"));
      return;
    }
    redirect(request, response, "/team/sheets/" + id + "/versions?done=saved");
  }

  private void showList(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<MethodSheetView> page =
        sheets.list(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MethodSheetSearch.Order.UPDATED_DESC,
            page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put(
        "sheets",
        page.map(
                s ->
                    new TeamSheet(
                        s.id(),
                        s.version(),
                        s.text().title(),
                        WebMessages.text(locale, "teamSheets.state." + s.state().name()),
                        s.currentVersion(),
                        s.description().visibility() == null
                            ? ""
                            : WebMessages.text(
                                locale, "visibility." + s.description().visibility().name()),
                        s.state().next().stream()
                            .sorted()
                            .map(
                                n ->
                                    new Choice(
                                        n.name(),
                                        WebMessages.text(locale, "teamSheets.to." + n.name()),
                                        false))
                            .toList()))
            .items());
    model.put("page", page.page());
    model.put("pages", page.totalPages());
    notices(model, notice, formError);
    render(request, response, status, "team-sheets", model);
  }

  private void showVersions(
      HttpServletRequest request, HttpServletResponse response, MethodSheetView sheet)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<MethodSheetVersionView> versions = sheets.versions(sheet.id(), true, page(request, 50));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("sheetId", sheet.id());
    model.put("sheetTitle", sheet.text().title());
    model.put("state", WebMessages.text(locale, "teamSheets.state." + sheet.state().name()));
    model.put("published", sheet.publishedVersion().map(v -> Integer.toString(v)).orElse(null));
    model.put("bodyHtml", sheet.bodyHtml());
    String notice = doneNotice(request, "teamSheets.done.", "created", "saved");
    if (notice != null) {
      model.put("notice", notice);
    }
    model.put(
        "versions",
        versions.items().stream()
            .map(
                v ->
                    new VersionItem(
                        v.number(),
                        moment(v.createdAt(), locale),
                        v.author().orElse(""),
                        v.changeNote().orElse(""),
                        v.text().title()))
            .toList());
    render(request, response, "team-sheet-versions", model);
  }

  private void showForm(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      SheetForm form,
      MethodSheetView sheet,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("form", form);
    model.put("errors", form.errors());
    model.put("creating", sheet == null);
    if (sheet != null) {
      model.put("sheetId", sheet.id());
      model.put("version", sheet.version());
      model.put("currentVersion", sheet.currentVersion());
    }
    if (formError != null) {
      model.put("formError", formError);
    }
    model.put(
        "steps",
        Arrays.stream(MethodStep.values())
            .map(
                s ->
                    new Choice(
                        s.name(),
                        WebMessages.text(locale, "teamSheets.step." + s.name()),
                        form.steps().contains(s.name())))
            .toList());
    model.put(
        "themes",
        taxonomy.concepts(TaxonomyScheme.THEMES).stream()
            .map(c -> new Choice(c.key(), Labels.label(c, locale), form.themes().contains(c.key())))
            .toList());
    model.put("visibilities", Choice.visibilities(locale, form.visibility()));
    render(request, response, status, "team-sheet-form", model);
  }
}
