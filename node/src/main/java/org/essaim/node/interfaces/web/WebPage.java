// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.TerritoryProfileService;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.shared.IllegalTransitionException;

/**
 * What every page of the interface shares: rendering into the base layout (language, signed-in
 * member, territory name, security headers), the HTML 404 and 400 pages, and the team-only gate.
 */
public abstract class WebPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A path of this site, never {@code //host} or a scheme: where redirects may lead. */
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s]*");

  @Inject transient WebTemplates templates;
  @Inject transient TerritoryProfileService territory;
  @Inject transient NodeMode nodeMode;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      super.service(request, response);
    } catch (NotFoundException e) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
    } catch (InvalidInputException e) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** Renders {@code template} inside the layout with the page's own {@code model}. */
  protected void render(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String template,
      Map<String, Object> model)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> all = new HashMap<>(model);
    all.put("lang", locale.getLanguage());
    all.put("otherLang", locale.getLanguage().equals("fr") ? "en" : "fr");
    all.put("here", here(request));
    String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    all.put("user", user);
    all.put("team", isTeam(request));
    all.put("admin", request.isUserInRole(Role.ADMIN_NAME));
    if (user != null) {
      // The logout button is a form: it needs the token.
      all.put("csrf", CsrfTokens.token(request));
    }
    TerritoryProfile profile = territory.current().profile();
    all.put("territoryName", profile.name());
    all.put("siteName", profile.localBrand().orElse(profile.name()));
    all.putIfAbsent("section", "");
    // The national association's pages exist on the aggregator only.
    boolean aggregator = nodeMode == NodeMode.AGGREGATOR;
    all.put("aggregator", aggregator);
    all.put("nationalAdmin", aggregator && request.isUserInRole(Role.ADMIN_NAME));
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", locale.getLanguage());
    SecurityHeaders.apply(response);
    if (all.containsKey("csrf")) {
      // A page carrying a session's token or a member's data stays out of shared caches.
      response.setHeader("Cache-Control", "no-store");
    }
    templates.render(template, locale, all, response.getWriter());
  }

  protected void render(
      HttpServletRequest request,
      HttpServletResponse response,
      String template,
      Map<String, Object> model)
      throws IOException {
    render(request, response, HttpServletResponse.SC_OK, template, model);
  }

  /** The HTML error page for {@code status} (400, 403, 404). */
  protected void error(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    render(request, response, status, "error", Map.of("status", status));
  }

  /**
   * Lets a team member (editor or administrator) through; sends a visitor to the login page and a
   * signed-in member without a role to the 403 page.
   *
   * @return whether the page may go on
   */
  protected boolean requireTeam(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return isTeam(request) || refused(request, response);
  }

  /**
   * Lets an administrator through; sends a visitor to the login page and any other signed-in member
   * (an editor included) to the 403 page.
   *
   * @return whether the page may go on
   */
  protected boolean requireAdmin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return request.isUserInRole(Role.ADMIN_NAME) || refused(request, response);
  }

  /** Sends a visitor to the login page (and back here after), a signed-in member to the 403. */
  private boolean refused(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      redirect(
          request,
          response,
          "/login?next=" + URLEncoder.encode(here(request), StandardCharsets.UTF_8));
    } else {
      error(request, response, HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }

  /** Shows a page again with a message about the whole form, at an HTTP status. */
  @FunctionalInterface
  protected interface FormRefusal {
    void show(int status, String formError) throws IOException;
  }

  /**
   * The preamble of a team form's POST: the team gate, then the session's CSRF token (when it is
   * wrong, {@code refusal} shows the page again with 403 and the « form expired » message).
   *
   * @return whether the post may go on
   */
  protected boolean acceptTeamPost(
      HttpServletRequest request, HttpServletResponse response, FormRefusal refusal)
      throws IOException {
    return requireTeam(request, response) && csrfChecked(request, refusal);
  }

  /** As {@link #acceptTeamPost}, for the administrators' forms. */
  protected boolean acceptAdminPost(
      HttpServletRequest request, HttpServletResponse response, FormRefusal refusal)
      throws IOException {
    return requireAdmin(request, response) && csrfChecked(request, refusal);
  }

  private static boolean csrfChecked(HttpServletRequest request, FormRefusal refusal)
      throws IOException {
    if (CsrfTokens.valid(request)) {
      return true;
    }
    refusal.show(
        HttpServletResponse.SC_FORBIDDEN,
        WebMessages.text(Languages.of(request), "form.error.csrf"));
    return false;
  }

  /**
   * The words of the {@code done} parameter a Post/Redirect/Get lands with ({@code prefix.done}),
   * or null when it is absent or not one of {@code known}.
   */
  protected static String doneNotice(HttpServletRequest request, String prefix, String... known) {
    String done = request.getParameter("done");
    for (String value : known) {
      if (value.equals(done)) {
        return WebMessages.text(Languages.of(request), prefix + value);
      }
    }
    return null;
  }

  /** Puts the page's notice (what was just done) and form error into its model, when there are. */
  protected static void notices(Map<String, Object> model, String notice, String formError) {
    if (notice != null) {
      model.put("notice", notice);
    }
    if (formError != null) {
      model.put("formError", formError);
    }
  }

  /** The constant of {@code type} a form field names, or empty when absent or unknown. */
  protected static <E extends Enum<E>> Optional<E> formChoice(
      HttpServletRequest request, String field, Class<E> type) {
    return named(type, request.getParameter(field));
  }

  /** The constant of {@code type} called {@code name}, or empty (for the form records too). */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }

  /** Moves one thing to the state a list's « next step » button names. */
  @FunctionalInterface
  protected interface StateMove<E> {
    void to(E target);
  }

  /**
   * A list page's « next step » button: the state its {@code to} field names (400 when unknown),
   * the move, then back to {@code done}. A move that is not allowed, or made from a version someone
   * changed meanwhile, shows the list again ({@code list}) with 409 and {@code conflictKey}'s
   * words.
   */
  protected <E extends Enum<E>> void moveFromList(
      HttpServletRequest request,
      HttpServletResponse response,
      Class<E> states,
      StateMove<E> move,
      FormRefusal list,
      String conflictKey,
      String done)
      throws IOException {
    Optional<E> target = formChoice(request, "to", states);
    if (target.isEmpty()) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      move.to(target.get());
    } catch (IllegalTransitionException | StaleVersionException e) {
      list.show(
          HttpServletResponse.SC_CONFLICT, WebMessages.text(Languages.of(request), conflictKey));
      return;
    }
    redirect(request, response, done);
  }

  /** A whole number (0 or more) from a form field, or -1. */
  protected static long formNumber(HttpServletRequest request, String field) {
    return wholeNumber(request.getParameter(field));
  }

  /** A whole number (0 or more) from a form's value, or -1 (for the form records' parsing too). */
  public static long wholeNumber(String value) {
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return -1;
    }
    return Long.parseLong(value);
  }

  /** A page listing things, shown when the address names none. */
  @FunctionalInterface
  protected interface ListView {
    void show() throws IOException;
  }

  /** The page of one thing, by the id the address names. */
  @FunctionalInterface
  protected interface DetailView {
    void show(long id) throws IOException;
  }

  /**
   * The shape of {@code /things} and {@code /things/12}: the list without a path info, one item for
   * a positive id (its service answers 404 when it is not there), the 404 page otherwise.
   */
  protected void listOrDetail(
      HttpServletRequest request, HttpServletResponse response, ListView list, DetailView detail)
      throws IOException {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      list.show();
      return;
    }
    long id = idFromPath(request);
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    detail.show(id);
  }

  /** The model of a paged list: its section, its items under {@code key}, page and pages. */
  protected static <T, V> Map<String, Object> listModel(
      String section, String key, org.essaim.node.application.Page<T> page, Function<T, V> item) {
    return Map.of(
        "section",
        section,
        key,
        page.map(item).items(),
        "page",
        page.page(),
        "pages",
        page.totalPages());
  }

  /** « 23 nov. 2026, 09:02 » in the territory's time zone; null for null. */
  protected String moment(java.time.Instant at, Locale locale) {
    return at == null
        ? null
        : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale)
            .format(at.atZone(territory.current().profile().timeZone()));
  }

  /** « 23 nov. 2026 »: the day {@code at} falls on in the territory's time zone; null for null. */
  protected String day(java.time.Instant at, Locale locale) {
    return at == null
        ? null
        : Labels.date(at.atZone(territory.current().profile().timeZone()).toLocalDate(), locale);
  }

  protected static boolean isTeam(HttpServletRequest request) {
    return request.isUserInRole(Role.EDITOR_NAME) || request.isUserInRole(Role.ADMIN_NAME);
  }

  /** 303 See Other to a path of this site (Post/Redirect/Get). */
  protected static void redirect(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + path);
  }

  /** {@code candidate} when it is a path of this site, otherwise {@code fallback}. */
  protected static String localPath(String candidate, String fallback) {
    return candidate != null && candidate.length() <= 500 && LOCAL_PATH.matcher(candidate).matches()
        ? candidate
        : fallback;
  }

  /** The path and query of this request, relative to the application. */
  protected static String here(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  /** The {@code page} query parameter as a page of {@code size} items. */
  protected static PageRequest page(HttpServletRequest request, int size) {
    return PageRequest.parse(request.getParameter("page"), Integer.toString(size));
  }

  /** A positive record id from the path info ({@code /12}), or -1. */
  protected static long idFromPath(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || !info.matches("/[1-9][0-9]{0,17}")) {
      return -1;
    }
    return Long.parseLong(info.substring(1));
  }
}
