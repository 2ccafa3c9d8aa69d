// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.federation.follow.NetworkPolicyService;
import org.essaim.node.application.federation.follow.PolicyView;
import org.essaim.node.domain.model.peer.FollowApproval;
import org.essaim.node.domain.model.peer.NetworkMode;
import org.essaim.node.domain.model.peer.PeerBlock;
import org.essaim.node.domain.model.peer.PeerMatch;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /admin/federation/policy}: with whom this territory exchanges. The policy (follow requests
 * accepted by hand or automatically; open network or allow-list, the allow-list itself), and the
 * blocks (add one with its reason, lift one). The same service and checks as {@code PUT
 * /api/admin/federation/policy} and {@code /blocks}.
 */
@WebServlet("/admin/federation/policy")
public class FederationPolicyServlet extends FederationPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/admin/federation/policy";

  /** As the API: at most this many allow-list entries, and this long a block's reason. */
  static final int MAX_ALLOWED = 1000;

  static final int MAX_REASON = 500;

  @Inject transient NetworkPolicyService policies;

  /** A choice of a form: its value, its words, whether it is selected. */
  public record Choice(String value, String label, String hint, boolean checked) {}

  /** A block in words. */
  public record BlockItem(String id, String what, String reason, String since, String by) {}

  /** What the policy form sent (or the stored policy), field by field. */
  public record PolicyForm(
      String approval, String mode, boolean trustLabelled, String allowList, String version) {}

  /** What the block form sent. */
  public record BlockForm(String target, String reason) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    String notice = doneNotice(request, "fed.policy.done.", "policy", "blocked", "unblocked");
    show(request, response, HttpServletResponse.SC_OK, null, null, Map.of(), notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!acceptAdminPost(
        request,
        response,
        (status, formError) ->
            show(request, response, status, null, null, Map.of(), null, formError))) {
      return;
    }
    Locale locale = Languages.of(request);
    switch (String.valueOf(request.getParameter("action"))) {
      case "policy" -> changePolicy(request, response, locale);
      case "block" -> block(request, response, locale);
      case "unblock" -> {
        UUID id = formUuid(request, "block");
        if (id == null) {
          error(request, response, HttpServletResponse.SC_BAD_REQUEST);
          return;
        }
        policies.unblock(id);
        redirect(request, response, PATH + "?done=unblocked");
      }
      default -> error(request, response, HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private void changePolicy(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    PolicyForm form =
        new PolicyForm(
            String.valueOf(request.getParameter("approval")),
            String.valueOf(request.getParameter("mode")),
            "on".equals(request.getParameter("trustLabelled")),
            request.getParameter("allowList") == null ? "" : request.getParameter("allowList"),
            String.valueOf(request.getParameter("version")));
    Map<String, String> errors = new LinkedHashMap<>();
    FollowApproval approval = WebPage.named(FollowApproval.class, form.approval()).orElse(null);
    if (approval == null) {
      errors.put("approval", WebMessages.text(locale, "fed.policy.error.approval"));
    }
    NetworkMode mode = WebPage.named(NetworkMode.class, form.mode()).orElse(null);
    if (mode == null) {
      errors.put("mode", WebMessages.text(locale, "fed.policy.error.mode"));
    }
    List<PeerMatch> allowed = new ArrayList<>();
    List<String> lines =
        form.allowList().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() > MAX_ALLOWED) {
      errors.put("allowList", WebMessages.text(locale, "fed.policy.error.tooMany", MAX_ALLOWED));
    } else {
      List<String> wrong = new ArrayList<>();
      for (String line : lines) {
        try {
          allowed.add(match(line));
        } catch (DomainRuleViolation e) {
          wrong.add(line.length() > 80 ? line.substring(0, 80) + "…" : line);
        }
      }
      if (!wrong.isEmpty()) {
        errors.put(
            "allowList",
            WebMessages.text(locale, "fed.policy.error.allowList", String.join(", ", wrong)));
      }
    }
    long version = form.version().matches("[0-9]{1,18}") ? Long.parseLong(form.version()) : -1;
    if (!errors.isEmpty() || version < 0) {
      show(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          form,
          null,
          errors,
          null,
          version < 0 ? WebMessages.text(locale, "fed.policy.error.changed") : null);
      return;
    }
    try {
      policies.change(
          approval,
          mode,
          allowed,
          form.trustLabelled(),
          OptionalLong.of(version),
          request.getUserPrincipal().getName());
    } catch (StaleVersionException e) {
      // Another administrator saved first: the page shows what is stored now.
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          null,
          null,
          Map.of(),
          null,
          WebMessages.text(locale, "fed.policy.error.changed"));
      return;
    }
    redirect(request, response, PATH + "?done=policy");
  }

  private void block(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    BlockForm form =
        new BlockForm(
            stripped(request.getParameter("blockTarget")),
            stripped(request.getParameter("reason")));
    Map<String, String> errors = new LinkedHashMap<>();
    PeerMatch target = null;
    if (form.target().isEmpty()) {
      errors.put("blockTarget", WebMessages.text(locale, "fed.block.error.required"));
    } else {
      try {
        target = match(form.target());
      } catch (DomainRuleViolation e) {
        errors.put("blockTarget", WebMessages.text(locale, "fed.block.error.target"));
      }
    }
    if (form.reason().length() > MAX_REASON) {
      errors.put("reason", WebMessages.text(locale, "fed.block.error.reason", MAX_REASON));
    }
    if (errors.isEmpty()) {
      try {
        policies.block(
            target,
            form.reason().isEmpty() ? null : form.reason(),
            request.getUserPrincipal().getName());
      } catch (ConflictException e) {
        errors.put("blockTarget", WebMessages.text(locale, "fed.block.error.already"));
      }
    }
    if (!errors.isEmpty()) {
      show(request, response, HttpServletResponse.SC_BAD_REQUEST, null, form, errors, null, null);
      return;
    }
    redirect(request, response, PATH + "?done=blocked");
  }

  /** An actor's address (http… or https…) or a host[:port], as the API's two fields. */
  static PeerMatch match(String line) {
    return line.regionMatches(true, 0, "http", 0, 4)
        ? PeerMatch.actor("actor", line)
        : PeerMatch.host("host", line);
  }

  private static String stripped(String value) {
    return value == null ? "" : value.strip();
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      PolicyForm sent,
      BlockForm blockSent,
      Map<String, String> errors,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    PolicyView policy = policies.policy();
    PolicyForm form =
        sent != null
            ? sent
            : new PolicyForm(
                policy.followApproval().name(),
                policy.networkMode().name(),
                policy.trustLabelled(),
                policy.allowList().stream().map(PeerMatch::value).collect(Collectors.joining("\n")),
                Long.toString(policy.version()));
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("blockForm", blockSent == null ? new BlockForm("", "") : blockSent);
    model.put("errors", errors);
    model.put(
        "approvals",
        Arrays.stream(FollowApproval.values())
            .map(a -> choice(locale, "fed.policy.approval.", a.name(), form.approval()))
            .toList());
    model.put(
        "modes",
        Arrays.stream(NetworkMode.values())
            .map(m -> choice(locale, "fed.policy.mode.", m.name(), form.mode()))
            .toList());
    if (policy.updatedAt() != null && policy.updatedBy() != null) {
      model.put(
          "updated",
          WebMessages.text(
              locale,
              "fed.policy.updated",
              moment(policy.updatedAt(), locale),
              policy.updatedBy()));
    }
    model.put("blocks", policies.blocks().stream().map(b -> blockItem(b, locale)).toList());
    showTab(
        request, response, status, "admin-federation-policy", "policy", model, notice, formError);
  }

  private static Choice choice(Locale locale, String prefix, String value, String current) {
    return new Choice(
        value,
        WebMessages.text(locale, prefix + value),
        WebMessages.text(locale, prefix + value + ".hint"),
        value.equals(current));
  }

  private BlockItem blockItem(PeerBlock block, Locale locale) {
    PeerMatch target = block.target();
    return new BlockItem(
        block.id().toString(),
        WebMessages.text(locale, "fed.block.kind." + target.kind().name(), target.value()),
        block.reason().orElse(null),
        moment(block.createdAt(), locale),
        block.createdBy());
  }
}
