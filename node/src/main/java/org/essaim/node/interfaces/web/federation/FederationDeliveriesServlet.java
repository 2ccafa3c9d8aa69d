// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.Page;
import org.essaim.node.application.federation.DeliveryStatus;
import org.essaim.node.application.federation.DeliveryStatus.DeliveryView;
import org.essaim.node.application.federation.DeliveryStatus.HostView;
import org.essaim.node.application.federation.DeliveryStatus.State;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /admin/federation/deliveries}: what this territory sent to the others. Per territory
 * (host), how many deliveries wait, arrived or failed, and whether sending to it is paused after
 * repeated failures; then the deliveries themselves, failed ones first ({@code /pending} and {@code
 * /delivered} for the others), with the reason and the next attempt, and « Réessayer maintenant ».
 * The same service as {@code /api/admin/federation/deliveries}.
 */
@WebServlet({"/admin/federation/deliveries", "/admin/federation/deliveries/*"})
public class FederationDeliveriesServlet extends FederationPage {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/admin/federation/deliveries";

  @Inject transient DeliveryStatus status;

  /** A host of the outbox in words. */
  public record HostItem(
      String host, long pending, long delivered, long failed, boolean paused, String nextProbe) {}

  /** A delivery in words; {@code retry} when « Réessayer maintenant » applies. */
  public record DeliveryItem(
      long id,
      String activity,
      String inbox,
      String host,
      String state,
      int attempts,
      String nextAttempt,
      String lastError,
      String delivered,
      String queued,
      boolean retry,
      String kind) {}

  /** A tab of the list: its link, its words, whether it is the current one. */
  public record StateTab(String href, String label, boolean current) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    Optional<State> state = state(request);
    if (state.isEmpty()) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String notice = doneNotice(request, "fed.deliveries.done.", "retried");
    show(request, response, HttpServletResponse.SC_OK, state.get(), notice, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!acceptAdminPost(
        request,
        response,
        (code, formError) -> show(request, response, code, State.FAILED, null, formError))) {
      return;
    }
    long id = formNumber(request, "delivery");
    if (id < 0 || !"retry".equals(request.getParameter("action"))) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      status.retry(id);
    } catch (ConflictException e) {
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          State.FAILED,
          null,
          WebMessages.text(Languages.of(request), "fed.deliveries.error.delivered"));
      return;
    }
    // A retried delivery is pending again: its tab shows it due now.
    redirect(request, response, PATH + "/pending?done=retried");
  }

  /** The tab the address names: failed without a path info, else /pending or /delivered. */
  private static Optional<State> state(HttpServletRequest request) {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      return Optional.of(State.FAILED);
    }
    return switch (info) {
      case "/pending" -> Optional.of(State.PENDING);
      case "/delivered" -> Optional.of(State.DELIVERED);
      default -> Optional.empty();
    };
  }

  private static String tabPath(State state) {
    return state == State.FAILED ? PATH : PATH + "/" + state.name().toLowerCase(Locale.ROOT);
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      State state,
      String notice,
      String formError)
      throws IOException {
    Locale locale = Languages.of(request);
    Page<DeliveryView> deliveries =
        status.deliveries(
            Optional.of(state), Optional.empty(), Optional.empty(), page(request, 20));
    Map<String, Object> model = new HashMap<>();
    model.put("hosts", status.hosts().stream().map(h -> host(h, locale)).toList());
    model.put(
        "states",
        java.util.List.of(State.FAILED, State.PENDING, State.DELIVERED).stream()
            .map(
                s ->
                    new StateTab(
                        tabPath(s),
                        WebMessages.text(locale, "fed.deliveries.state." + s.name()),
                        s == state))
            .toList());
    model.put("state", state.name());
    model.put("stateLabel", WebMessages.text(locale, "fed.deliveries.state." + state.name()));
    model.put("deliveries", deliveries.map(d -> delivery(d, locale)).items());
    model.put("total", deliveries.totalItems());
    model.put("page", deliveries.page());
    model.put("pages", deliveries.totalPages());
    model.put("base", tabPath(state));
    showTab(
        request,
        response,
        code,
        "admin-federation-deliveries",
        "deliveries",
        model,
        notice,
        formError);
  }

  private HostItem host(HostView host, Locale locale) {
    boolean paused = !"CLOSED".equalsIgnoreCase(host.breaker());
    return new HostItem(
        host.host(),
        host.pending(),
        host.delivered(),
        host.failed(),
        paused,
        paused ? when(host.nextProbeAt(), locale) : null);
  }

  private DeliveryItem delivery(DeliveryView d, Locale locale) {
    String error = d.lastError();
    if (error == null && d.lastStatus() != null && d.state() != State.DELIVERED) {
      error = "HTTP " + d.lastStatus();
    }
    return new DeliveryItem(
        d.id(),
        d.activityId().toString(),
        d.inbox().toString(),
        d.host(),
        WebMessages.text(locale, "fed.deliveries.one." + d.state().name()),
        d.attempts(),
        d.state() == State.PENDING ? when(d.nextAttemptAt(), locale) : null,
        error,
        when(d.deliveredAt(), locale),
        when(d.createdAt(), locale),
        d.state() != State.DELIVERED,
        kind(d.activityType(), locale));
  }

  /** The activity's type in words (« Création », « Proposition »…), or as it is when unknown. */
  static String kind(String type, Locale locale) {
    if (type == null || !type.matches("[A-Za-z]{1,40}")) {
      return type == null ? null : WebMessages.text(locale, "fed.deliveries.kind.other");
    }
    String words = WebMessages.text(locale, "fed.deliveries.kind." + type);
    return words == null ? type : words;
  }

  private String when(OffsetDateTime at, Locale locale) {
    return at == null ? null : moment(at.toInstant(), locale);
  }
}
