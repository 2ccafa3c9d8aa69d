// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.PromoService;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.SponsorshipService;
import org.essaim.node.application.registry.SponsorshipView;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.domain.model.registry.SponsorshipStatus;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.interfaces.web.Choice;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /registry/sponsorships} on the aggregator (administrators): the sponsorship graph, a form
 * creating a sponsorship (parrainage) between two registry territories, and a button ending a
 * current one. The same service and rules as {@code /api/admin/registry/sponsorships} (a labelled
 * parrain, one current parrain per filleul).
 */
@WebServlet("/registry/sponsorships")
public class RegistrySponsorshipsServlet extends NationalPage {

  private static final long serialVersionUID = 1L;
  private static final List<String> FIELDS = List.of("sponsorId", "sponseeId", "promoId", "period");

  @Inject transient SponsorshipService sponsorships;
  @Inject transient RegistryService registry;
  @Inject transient PromoService promos;

  /** A parrain and its filleuls: one branch of the sponsorship graph. */
  public record Branch(String sponsor, List<Leaf> sponsees) {}

  /** A filleul, the sponsorship's status and period, and what ending it needs. */
  public record Leaf(
      long id, String sponsee, String status, String period, boolean current, long version) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    values.put("status", SponsorshipStatus.PROPOSED.name());
    show(
        request,
        response,
        HttpServletResponse.SC_OK,
        values,
        Map.of(),
        doneNotice(request, "national.sponsorshipForm.done.", "created", "ended"));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String name : List.of("sponsorId", "sponseeId", "promoId", "period", "status")) {
      String v = request.getParameter(name);
      values.put(name, v == null ? "" : v.strip());
    }
    if (!acceptAdminPost(
        request,
        response,
        (code, formError) ->
            show(request, response, code, values, Map.of("sponsorId", formError), null))) {
      return;
    }
    Locale locale = Languages.of(request);
    Map<String, String> errors = new LinkedHashMap<>();
    boolean conflict = false;
    if ("end".equals(request.getParameter("action"))) {
      long id = formNumber(request, "id");
      long version = formNumber(request, "version");
      if (id < 1 || version < 0) {
        error(request, response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      SponsorshipView current = sponsorships.get(id);
      try {
        sponsorships.change(
            id,
            current.promoId(),
            current.period(),
            SponsorshipStatus.ENDED,
            OptionalLong.of(version));
        redirect(request, response, "/registry/sponsorships?done=ended");
        return;
      } catch (StaleVersionException | IllegalTransitionException e) {
        show(
            request,
            response,
            HttpServletResponse.SC_CONFLICT,
            values,
            Map.of(),
            WebMessages.text(locale, "national.sponsorshipForm.error.stale"));
        return;
      }
    }
    long sponsor = wholeNumber(values.get("sponsorId"));
    long sponsee = wholeNumber(values.get("sponseeId"));
    Long promo = values.get("promoId").isEmpty() ? null : wholeNumber(values.get("promoId"));
    SponsorshipStatus status =
        values.get("status").equals("ACTIVE")
            ? SponsorshipStatus.ACTIVE
            : values.get("status").equals("PROPOSED") ? SponsorshipStatus.PROPOSED : null;
    if (sponsor < 1) {
      errors.put("sponsorId", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (sponsee < 1) {
      errors.put("sponseeId", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (promo != null && promo < 1) {
      errors.put("promoId", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (status == null) {
      errors.put("status", WebMessages.text(locale, "teamProjects.error.choice"));
    }
    if (errors.isEmpty()) {
      try {
        sponsorships.create(
            sponsor,
            sponsee,
            promo,
            values.get("period").isEmpty() ? null : values.get("period"),
            status);
        redirect(request, response, "/registry/sponsorships?done=created");
        return;
      } catch (ConflictException e) {
        conflict = true;
        errors.put(
            e.getMessage().startsWith("a parrain") ? "sponsorId" : "sponseeId",
            WebMessages.text(
                locale,
                e.getMessage().startsWith("a parrain")
                    ? "national.sponsorshipForm.error.notLabelled"
                    : "national.sponsorshipForm.error.busy"));
      } catch (DomainRuleViolation e) {
        errors.put(
            FIELDS.contains(e.field()) ? e.field() : "sponseeId",
            WebMessages.text(
                locale,
                "period".equals(e.field())
                    ? "national.sponsorshipForm.error.period"
                    : "national.sponsorshipForm.error.self"));
      } catch (InvalidInputException e) {
        e.errors()
            .forEach(
                f ->
                    errors.putIfAbsent(
                        FIELDS.contains(f.field()) ? f.field() : "sponsorId",
                        WebMessages.text(locale, "national.form.error.invalid")));
      }
    }
    show(
        request,
        response,
        conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
        values,
        errors,
        null);
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      Map<String, String> values,
      Map<String, String> errors,
      String notice)
      throws IOException {
    Locale locale = Languages.of(request);
    Map<String, List<SponsorshipView>> bySponsor =
        sponsorships.list(null).stream()
            .collect(
                Collectors.groupingBy(s -> s.sponsor().name(), TreeMap::new, Collectors.toList()));
    List<Branch> branches = new ArrayList<>();
    bySponsor.forEach(
        (sponsor, list) ->
            branches.add(
                new Branch(
                    sponsor,
                    list.stream()
                        .map(
                            s ->
                                new Leaf(
                                    s.id(),
                                    s.sponsee().name(),
                                    WebMessages.text(
                                        locale, "national.sponsorship." + s.status().name()),
                                    s.period(),
                                    s.status() != SponsorshipStatus.ENDED,
                                    s.version()))
                        .toList())));
    List<TerritoryEntryView> entries =
        everyPage(page -> registry.list(null, null, null, largest(page)));
    Map<String, Object> model = new HashMap<>();
    model.put("section", "registry");
    model.put("branches", branches);
    model.put("values", values);
    model.put("errors", errors);
    model.put("csrf", CsrfTokens.token(request));
    if (notice != null) {
      model.put("notice", notice);
    }
    model.put("sponsors", options(entries, values.get("sponsorId")));
    model.put("sponsees", options(entries, values.get("sponseeId")));
    model.put(
        "promoOptions",
        promos.list().stream()
            .map(
                p ->
                    new Choice(
                        Long.toString(p.id()),
                        WebMessages.text(locale, "national.promo.title", p.number(), p.name()),
                        Long.toString(p.id()).equals(values.get("promoId"))))
            .toList());
    model.put(
        "statuses",
        List.of(SponsorshipStatus.PROPOSED, SponsorshipStatus.ACTIVE).stream()
            .map(
                s ->
                    new Choice(
                        s.name(),
                        WebMessages.text(locale, "national.sponsorship." + s.name()),
                        s.name().equals(values.get("status"))))
            .toList());
    render(request, response, code, "national-registry-sponsorships", model);
  }

  private static List<Choice> options(List<TerritoryEntryView> entries, String selected) {
    return entries.stream()
        .map(
            e ->
                new Choice(Long.toString(e.id()), e.name(), Long.toString(e.id()).equals(selected)))
        .toList();
  }
}
