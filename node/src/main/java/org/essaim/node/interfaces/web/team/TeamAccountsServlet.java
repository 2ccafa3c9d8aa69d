// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.essaim.node.application.AccountService;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;
import org.essaim.node.interfaces.web.team.TeamChallengesServlet.Choice;

/**
 * {@code /team/accounts} (administrators only): the node's accounts with their roles, and a form
 * creating one with a role. The same service and rules as {@code /api/accounts}; an editor gets the
 * 403 page.
 */
@WebServlet("/team/accounts")
public class TeamAccountsServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;

  /** An account as the list shows it. */
  public record AccountItem(String username, String roles, String createdAt) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String created = request.getParameter("created");
    String notice =
        created != null && Account.isValidUsername(created)
            ? WebMessages.text(Languages.of(request), "teamAccounts.done", created)
            : null;
    show(request, response, HttpServletResponse.SC_OK, "", Role.EDITOR.name(), Map.of(), notice);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = value(request, "username").strip();
    String role = value(request, "role");
    // The form has no place for a message about the whole form: it shows on the first field.
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) ->
            show(request, response, status, username, role, Map.of("username", formError), null))) {
      return;
    }
    Locale locale = Languages.of(request);
    Map<String, String> errors = new LinkedHashMap<>();
    Role chosen =
        Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findAny().orElse(null);
    if (!Account.isValidUsername(username)) {
      errors.put("username", WebMessages.text(locale, "teamAccounts.error.username"));
    }
    String password = value(request, "password");
    if (password.length() < AccountService.MIN_PASSWORD_LENGTH
        || password.length() > AccountService.MAX_PASSWORD_LENGTH) {
      errors.put(
          "password",
          WebMessages.text(
              locale,
              "teamAccounts.error.password",
              AccountService.MIN_PASSWORD_LENGTH,
              AccountService.MAX_PASSWORD_LENGTH));
    }
    if (chosen == null) {
      errors.put("role", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (errors.isEmpty()) {
      try {
        accounts.create(username, password, Set.of(chosen));
        redirect(request, response, "/team/accounts?created=" + username);
        return;
      } catch (ConflictException e) {
        errors.put("username", WebMessages.text(locale, "teamAccounts.error.taken"));
      } catch (InvalidInputException e) {
        e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
      }
    }
    int status =
        errors.containsKey("username") && errors.size() == 1 && chosen != null
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST;
    show(request, response, status, username, role, errors, null);
  }

  private static String value(HttpServletRequest request, String name) {
    String v = request.getParameter(name);
    return v == null ? "" : v;
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String username,
      String role,
      Map<String, String> errors,
      String notice)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("username", username);
    model.put("errors", errors);
    if (notice != null) {
      model.put("notice", notice);
    }
    model.put(
        "roles",
        Arrays.stream(Role.values())
            .map(
                r ->
                    new Choice(
                        r.name(),
                        WebMessages.text(locale, "teamAccounts.role." + r.name()),
                        r.name().equals(role)))
            .toList());
    List<AccountItem> items =
        accounts.list().stream()
            .sorted(Comparator.comparing(a -> a.username()))
            .map(
                a ->
                    new AccountItem(
                        a.username(),
                        a.roles().isEmpty()
                            ? WebMessages.text(locale, "teamAccounts.role.none")
                            : a.roles().stream()
                                .sorted()
                                .map(r -> WebMessages.text(locale, "teamAccounts.role." + r.name()))
                                .collect(Collectors.joining(", ")),
                        moment(a.createdAt(), locale)))
            .toList();
    model.put("accounts", items);
    render(request, response, status, "team-accounts", model);
  }
}
