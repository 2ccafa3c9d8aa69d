// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.essaim.node.application.CollectiveService;
import org.essaim.node.application.CollectiveView;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.OrganizationService;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.domain.model.collective.CollectiveStatus;
import org.essaim.node.domain.model.collective.Governance;
import org.essaim.node.domain.model.collective.MemberRole;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Labels;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /team/collectives/12}: the collective that carries project 12 — how it governs itself,
 * where it stands (forming, active, structured, dissolved) and its members, people or
 * organisations. A person's email or phone is kept only with their consent, ticked on the form (a
 * consent record goes with it); members are the team's, never shown to the public. The same service
 * as {@code /api/projects/12/collective}.
 */
@WebServlet("/team/collectives/*")
public class TeamCollectiveServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile(
          "/([1-9][0-9]{0,17})(?:/(governance|status|members|members/([1-9][0-9]{0,17})/remove))?");

  private static final String[] MEMBER_FIELDS = {
    "kind", "displayName", "email", "phone", "organizationId", "role", "joinedOn"
  };

  @Inject transient CollectiveService collectives;
  @Inject transient ProjectService projects;
  @Inject transient OrganizationService organizations;

  /** A member in words: a person with the contact the team keeps, or an organisation. */
  public record MemberItem(long id, String name, String contact, String role, String joinedOn) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireTeam(request, response)) {
      return;
    }
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches() || path.group(2) != null) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String notice =
        doneNotice(
            request, "teamCollective.done.", "created", "governed", "moved", "joined", "left");
    show(
        request,
        response,
        HttpServletResponse.SC_OK,
        Long.parseLong(path.group(1)),
        blankMember(),
        Map.of(),
        notice,
        null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    long projectId = path.matches() ? Long.parseLong(path.group(1)) : -1;
    FormRefusal refusal =
        (status, formError) ->
            show(request, response, status, projectId, typed(request), Map.of(), null, formError);
    if (!acceptTeamPost(request, response, refusal)) {
      return;
    }
    if (projectId < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    String action = path.group(2) == null ? "" : path.group(2);
    try {
      if (action.isEmpty() || action.equals("governance")) {
        Optional<Governance> governance = formChoice(request, "governance", Governance.class);
        if (governance.isEmpty()) {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
        if (action.isEmpty()) {
          collectives.create(projectId, governance.get());
          done(request, response, projectId, "created");
        } else {
          collectives.govern(projectId, governance.get(), version(request));
          done(request, response, projectId, "governed");
        }
      } else if (action.equals("status")) {
        Optional<CollectiveStatus> target = formChoice(request, "to", CollectiveStatus.class);
        if (target.isEmpty()) {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
        collectives.moveTo(projectId, target.get(), version(request));
        done(request, response, projectId, "moved");
      } else if (action.equals("members")) {
        join(request, response, locale, projectId);
      } else {
        collectives.removeMember(projectId, Long.parseLong(path.group(3)));
        done(request, response, projectId, "left");
      }
    } catch (IllegalTransitionException | StaleVersionException | ConflictException e) {
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          projectId,
          blankMember(),
          Map.of(),
          null,
          WebMessages.text(locale, "teamCollective.error.conflict"));
    }
  }

  private void join(
      HttpServletRequest request, HttpServletResponse response, Locale locale, long projectId)
      throws IOException {
    Map<String, String> typed = typed(request);
    Map<String, String> errors = new LinkedHashMap<>();
    boolean organization = "organization".equals(typed.get("kind"));
    long organizationId = organization ? formNumber(request, "organizationId") : -1;
    if (organization && organizationId < 1) {
      errors.put("organizationId", WebMessages.text(locale, "teamCollective.error.organization"));
    }
    if (!organization && typed.get("displayName").isBlank()) {
      errors.put("displayName", WebMessages.text(locale, "teamCollective.error.name"));
    }
    Optional<MemberRole> role = WebPage.named(MemberRole.class, typed.get("role"));
    if (role.isEmpty()) {
      errors.put("role", WebMessages.text(locale, "teamCollective.error.role"));
    }
    LocalDate joinedOn = null;
    if (!typed.get("joinedOn").isBlank()) {
      try {
        joinedOn = LocalDate.parse(typed.get("joinedOn").strip());
      } catch (DateTimeParseException e) {
        errors.put("joinedOn", WebMessages.text(locale, "teamCampaigns.error.date"));
      }
    }
    if (errors.isEmpty()) {
      try {
        collectives.addMember(
            projectId,
            organization ? organizationId : null,
            organization ? null : typed.get("displayName"),
            organization ? null : typed.get("email"),
            organization ? null : typed.get("phone"),
            "on".equals(request.getParameter("contactConsent")),
            role.get(),
            joinedOn);
        done(request, response, projectId, "joined");
        return;
      } catch (DomainRuleViolation e) {
        errors.put(
            e.field(),
            switch (e.field()) {
              case "contactConsent" -> WebMessages.text(locale, "teamCollective.error.consent");
              case "email" -> WebMessages.text(locale, "teamCollective.error.email");
              case "phone" -> WebMessages.text(locale, "teamCollective.error.phone");
              default -> e.getMessage();
            });
      } catch (InvalidInputException e) {
        errors.put("organizationId", WebMessages.text(locale, "teamCollective.error.organization"));
      }
    }
    show(
        request,
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        projectId,
        typed,
        errors,
        null,
        null);
  }

  private static OptionalLong version(HttpServletRequest request) {
    long version = formNumber(request, "version");
    return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
  }

  private static void done(
      HttpServletRequest request, HttpServletResponse response, long projectId, String what) {
    redirect(request, response, "/team/collectives/" + projectId + "?done=" + what);
  }

  private static Map<String, String> blankMember() {
    Map<String, String> blank = new HashMap<>();
    for (String field : MEMBER_FIELDS) {
      blank.put(field, "");
    }
    blank.put("kind", "person");
    return blank;
  }

  private static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> typed = new HashMap<>();
    for (String field : MEMBER_FIELDS) {
      String value = request.getParameter(field);
      typed.put(field, value == null ? "" : value);
    }
    typed.put("contactConsent", "on".equals(request.getParameter("contactConsent")) ? "on" : "");
    return typed;
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long projectId,
      Map<String, String> member,
      Map<String, String> errors,
      String notice,
      String formError)
      throws IOException {
    if (projectId < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = Languages.of(request);
    String title = projects.get(projectId, true).description().title();
    Map<String, Object> model = new HashMap<>();
    model.put("section", "team");
    model.put("csrf", CsrfTokens.token(request));
    model.put("projectId", projectId);
    model.put("projectTitle", title);
    model.put("member", member);
    model.put("errors", errors);
    notices(model, notice, formError);
    Optional<CollectiveView> collective;
    try {
      collective = Optional.of(collectives.get(projectId));
    } catch (NotFoundException e) {
      collective = Optional.empty();
    }
    model.put("exists", collective.isPresent());
    String governance = collective.map(c -> c.governance().name()).orElse("");
    model.put(
        "governances",
        Arrays.stream(Governance.values())
            .map(
                g ->
                    new Choice(
                        g.name(),
                        WebMessages.text(locale, "teamCollective.governance." + g.name()),
                        g.name().equals(governance)))
            .toList());
    if (collective.isPresent()) {
      CollectiveView c = collective.get();
      model.put("version", c.version());
      model.put("status", WebMessages.text(locale, "teamCollective.status." + c.status().name()));
      model.put("memberCount", c.memberCount());
      model.put(
          "next",
          c.status().next().stream()
              .sorted()
              .map(
                  n ->
                      new Choice(
                          n.name(),
                          WebMessages.text(locale, "teamCollective.to." + n.name()),
                          false))
              .toList());
      model.put(
          "members",
          collectives
              .members(projectId, Optional.empty(), true, new PageRequest(1, PageRequest.MAX_SIZE))
              .items()
              .stream()
              .map(
                  m ->
                      new MemberItem(
                          m.id(),
                          m.organizationId() != null ? m.organizationName() : m.displayName(),
                          contact(m.email(), m.phone()),
                          WebMessages.text(locale, "teamCollective.role." + m.role().name()),
                          Labels.date(m.joinedOn(), locale)))
              .toList());
      model.put(
          "roles",
          Arrays.stream(MemberRole.values())
              .map(
                  r ->
                      new Choice(
                          r.name(),
                          WebMessages.text(locale, "teamCollective.role." + r.name()),
                          r.name().equals(member.get("role"))))
              .toList());
      model.put(
          "organizations",
          organizations
              .list(
                  true,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  new PageRequest(1, PageRequest.MAX_SIZE))
              .items()
              .stream()
              .map(
                  o ->
                      new Choice(
                          Long.toString(o.id()),
                          o.profile().name(),
                          Long.toString(o.id()).equals(member.get("organizationId"))))
              .toList());
    }
    render(request, response, status, "team-collective", model);
  }

  private static String contact(String email, String phone) {
    List<String> parts =
        java.util.stream.Stream.of(email, phone).filter(p -> p != null && !p.isBlank()).toList();
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }
}
