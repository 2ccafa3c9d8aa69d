// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.essaim.node.application.AccountService;
import org.essaim.node.application.AccountView;
import org.essaim.node.application.AdminLockoutException;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.account.Account;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/accounts} (administrators only): the node's accounts with their roles, a form
 * creating one with a role, and ({@code ?account=name}) a form changing an account's role or
 * disabling it, applied after a confirmation step. The same service and rules as {@code
 * /api/accounts}; an editor gets the 403 page.
 */
@WebServlet("/team/accounts")
public class TeamAccountsServlet extends WebPage {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;

  /** An account as the list shows it. */
  public record AccountItem(String username, String roles, String createdAt, boolean enabled) {}

  /**
   * The change form of one account: its current state, the choices shown, the confirmation lines
   * once reviewed, and the field errors.
   */
  public record AccountChange(
      String username,
      long version,
      String role,
      boolean enabled,
      List<String> confirmations,
      Map<String, String> errors) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    Locale locale = Languages.of(request);
    String created = request.getParameter("created");
    String changed = request.getParameter("changed");
    String notice =
        created != null && Account.isValidUsername(created)
            ? WebMessages.text(locale, "teamAccounts.done", created)
            : changed != null && Account.isValidUsername(changed)
                ? WebMessages.text(locale, "teamAccounts.changed", changed)
                : null;
    AccountChange change = null;
    String named = request.getParameter("account");
    if (named != null) {
      AccountView account =
          accounts
              .find(named)
              .orElseThrow(() -> new NotFoundException("there is no account " + named));
      change =
          new AccountChange(
              account.username(),
              account.version(),
              mainRole(account.roles()).name(),
              account.enabled(),
              List.of(),
              Map.of());
    }
    show(
        request,
        response,
        HttpServletResponse.SC_OK,
        "",
        Role.EDITOR.name(),
        Map.of(),
        notice,
        change);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String action = value(request, "action");
    if (action.equals("review") || action.equals("apply")) {
      change(request, response, action.equals("apply"));
      return;
    }
    String username = value(request, "username").strip();
    String role = value(request, "role");
    // The form has no place for a message about the whole form: it shows on the first field.
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) ->
            show(
                request,
                response,
                status,
                username,
                role,
                Map.of("username", formError),
                null,
                null))) {
      return;
    }
    Locale locale = Languages.of(request);
    Map<String, String> errors = new LinkedHashMap<>();
    Role chosen = WebPage.named(Role.class, role).orElse(null);
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
    show(request, response, status, username, role, errors, null, null);
  }

  /**
   * The change form's POST: {@code review} checks the choices and shows what would change with a
   * confirm button; {@code apply} (that button) makes the change through the service, which holds
   * the rules (own rights, last administrator, version).
   */
  private void change(HttpServletRequest request, HttpServletResponse response, boolean apply)
      throws IOException {
    String username = value(request, "account");
    String role = value(request, "newRole");
    String status = value(request, "status");
    long version = formNumber(request, "version");
    if (!acceptAdminPost(
        request,
        response,
        (code, formError) ->
            show(
                request,
                response,
                code,
                "",
                Role.EDITOR.name(),
                Map.of(),
                null,
                new AccountChange(
                    username,
                    version,
                    role,
                    !status.equals("disabled"),
                    List.of(),
                    Map.of("newRole", formError))))) {
      return;
    }
    Locale locale = Languages.of(request);
    AccountView account =
        accounts
            .find(username)
            .orElseThrow(() -> new NotFoundException("there is no account " + username));
    Role chosen = WebPage.named(Role.class, role).orElse(null);
    Map<String, String> errors = new LinkedHashMap<>();
    if (chosen == null) {
      errors.put("newRole", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (!status.equals("enabled") && !status.equals("disabled")) {
      errors.put("status", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (version < 0) {
      throw new InvalidInputException(
          List.of(new org.essaim.node.application.FieldError("version", "a whole number")));
    }
    boolean enabled = status.equals("enabled");
    Role current = mainRole(account.roles());
    boolean roleChanges = chosen != null && chosen != current;
    boolean statusChanges = enabled != account.enabled();
    if (errors.isEmpty() && !roleChanges && !statusChanges) {
      errors.put("newRole", WebMessages.text(locale, "teamAccounts.error.nothing"));
    }
    List<String> confirmations = new ArrayList<>();
    boolean conflict = false;
    if (errors.isEmpty()) {
      if (roleChanges) {
        confirmations.add(
            WebMessages.text(
                locale,
                "teamAccounts.confirmRole",
                username,
                WebMessages.text(locale, "teamAccounts.role." + current.name()),
                WebMessages.text(locale, "teamAccounts.role." + chosen.name())));
      }
      if (statusChanges) {
        confirmations.add(
            WebMessages.text(
                locale,
                enabled ? "teamAccounts.confirmEnable" : "teamAccounts.confirmDisable",
                username));
      }
      if (!apply) {
        show(
            request,
            response,
            HttpServletResponse.SC_OK,
            "",
            Role.EDITOR.name(),
            Map.of(),
            null,
            new AccountChange(username, version, role, enabled, confirmations, Map.of()));
        return;
      }
      try {
        accounts.update(
            request.getUserPrincipal().getName(),
            username,
            roleChanges ? Set.of(chosen) : null,
            statusChanges ? enabled : null,
            OptionalLong.of(version));
        redirect(request, response, "/team/accounts?changed=" + username);
        return;
      } catch (AdminLockoutException e) {
        conflict = true;
        errors.put(
            roleChanges && !(statusChanges && !enabled) ? "newRole" : "status",
            WebMessages.text(
                locale,
                e.reason() == AdminLockoutException.Reason.SELF
                    ? "teamAccounts.error.self"
                    : "teamAccounts.error.lastAdmin"));
      } catch (StaleVersionException e) {
        // Shown again from the stored state, so the next try edits the current version.
        AccountView fresh = accounts.find(username).orElse(account);
        show(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            "",
            Role.EDITOR.name(),
            Map.of(),
            null,
            new AccountChange(
                username,
                fresh.version(),
                mainRole(fresh.roles()).name(),
                fresh.enabled(),
                List.of(),
                Map.of("newRole", WebMessages.text(locale, "teamAccounts.error.stale"))));
        return;
      }
    }
    show(
        request,
        response,
        conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
        "",
        Role.EDITOR.name(),
        Map.of(),
        null,
        new AccountChange(username, version, role, enabled, List.of(), errors));
  }

  /** The role the forms show for an account: administrator when it has that role. */
  private static Role mainRole(Set<Role> roles) {
    return roles.contains(Role.ADMIN) ? Role.ADMIN : Role.EDITOR;
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
      String notice,
      AccountChange change)
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
                        moment(a.createdAt(), locale),
                        a.enabled()))
            .toList();
    model.put("accounts", items);
    if (change != null) {
      model.put("change", change);
      model.put("changeErrors", change.errors());
    }
    render(request, response, status, "team-accounts", model);
  }
}
