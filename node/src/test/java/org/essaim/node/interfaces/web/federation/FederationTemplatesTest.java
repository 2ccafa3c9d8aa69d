// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.peer.PeerMatch;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.interfaces.web.WebTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The federation administration templates render in both languages with their landmarks, escape
 * what peers send (names, reasons), and show form errors next to their fields.
 */
class FederationTemplatesTest {

  private final WebTemplates templates = new WebTemplates();

  private String render(String template, String lang, Map<String, Object> page) {
    Map<String, Object> model = new HashMap<>();
    model.put("lang", lang);
    model.put("otherLang", lang.equals("fr") ? "en" : "fr");
    model.put("here", "/admin/federation");
    model.put("user", "admin");
    model.put("csrf", "tok");
    model.put("team", true);
    model.put("admin", true);
    model.put("territoryName", "Grenoble");
    model.put("siteName", "Grenoble");
    model.put("section", "team");
    model.putAll(page);
    StringWriter out = new StringWriter();
    templates.render(template, Locale.forLanguageTag(lang), model, out);
    return out.toString();
  }

  private static final FederationPeersServlet.PeerItem PEER =
      new FederationPeersServlet.PeerItem(
          "5f0c2a7e-2b7d-4c1e-9a55-1d7f0e6b2a10",
          "Miramas <script>",
          "https://miramas.example/actors/territory",
          "miramas.example",
          "demandé",
          "oui",
          true,
          true,
          "1 nov. 2026, 09:00");

  private Map<String, Map<String, Object>> pages() {
    Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
    Map<String, Object> peers = new HashMap<>();
    peers.put("tab", "peers");
    peers.put("target", "nowhere.example");
    peers.put("targetError", "Aucun territoire Essaim n'a été trouvé à cette adresse.");
    peers.put("requests", List.of(PEER));
    peers.put("peers", List.of(PEER));
    peers.put("totalPeers", 1L);
    peers.put("page", 1);
    peers.put("pages", 1L);
    peers.put("notice", "Fait");
    pages.put("admin-federation-peers", peers);

    Map<String, Object> policy = new HashMap<>();
    policy.put("tab", "policy");
    policy.put(
        "form",
        new FederationPolicyServlet.PolicyForm(
            "MANUAL", "ALLOW_LIST", true, "miramas.example\nhttp://", "3"));
    policy.put("blockForm", new FederationPolicyServlet.BlockForm("", ""));
    policy.put("errors", Map.of("allowList", "Ces lignes ne sont pas des adresses : http://"));
    policy.put(
        "approvals",
        List.of(new FederationPolicyServlet.Choice("MANUAL", "À la main", "Une par une", true)));
    policy.put(
        "modes",
        List.of(new FederationPolicyServlet.Choice("OPEN", "Tout le réseau", "Tous", false)));
    policy.put("updated", "Modifié le 1 nov. 2026 par admin.");
    policy.put(
        "blocks",
        List.of(
            new FederationPolicyServlet.BlockItem(
                "5f0c2a7e-2b7d-4c1e-9a55-1d7f0e6b2a11",
                "Tout le serveur spam.example",
                "Contenus <b>non</b> sollicités",
                "1 nov. 2026, 09:00",
                "admin")));
    pages.put("admin-federation-policy", policy);

    Map<String, Object> deliveries = new HashMap<>();
    deliveries.put("tab", "deliveries");
    deliveries.put(
        "hosts",
        List.of(
            new FederationDeliveriesServlet.HostItem(
                "miramas.example", 1, 12, 2, true, "1 nov. 2026, 09:05")));
    deliveries.put(
        "states",
        List.of(
            new FederationDeliveriesServlet.StateTab(
                "/admin/federation/deliveries", "En échec", true)));
    deliveries.put("state", "FAILED");
    deliveries.put("stateLabel", "En échec");
    deliveries.put(
        "deliveries",
        List.of(
            new FederationDeliveriesServlet.DeliveryItem(
                42,
                "https://grenoble.example/activities/1",
                "https://miramas.example/inbox",
                "miramas.example",
                "abandonné",
                8,
                null,
                "HTTP 503",
                null,
                "1 nov. 2026, 08:00",
                true,
                "Proposition")));
    deliveries.put("total", 1L);
    deliveries.put("page", 1);
    deliveries.put("pages", 2L);
    deliveries.put("base", "/admin/federation/deliveries");
    pages.put("admin-federation-deliveries", deliveries);

    Map<String, Object> inbox = new HashMap<>();
    inbox.put("tab", "inbox");
    inbox.put(
        "outcomes",
        List.of(new FederationInboxServlet.OutcomeTab("/admin/federation/inbox", "Refusés", true)));
    inbox.put("outcome", "REJECTED");
    inbox.put(
        "entries",
        List.of(
            new FederationInboxServlet.EntryItem(
                "1 nov. 2026, 09:00",
                "https://spam.example/actor",
                "spam.example",
                "Follow",
                401,
                "no <signature>"),
            new FederationInboxServlet.EntryItem(
                "1 nov. 2026, 09:01", null, null, null, 401, "unsigned")));
    inbox.put("total", 1L);
    inbox.put("page", 1);
    inbox.put("pages", 1L);
    inbox.put("base", "/admin/federation/inbox");
    pages.put("admin-federation-inbox", inbox);
    return pages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void everyPageRendersWithItsLandmarksTabsAndNoMissingText(String lang) {
    pages()
        .forEach(
            (template, page) -> {
              String html = render(template, lang, page);
              assertThat(html).as(template).doesNotContain("??");
              assertThat(html).as(template).contains("<html lang=\"" + lang + "\"");
              assertThat(html)
                  .as(template)
                  .contains("<header", "<main id=\"main\"", "<footer", "class=\"tabs\"");
              assertThat(html).as(template).doesNotContain("<script");
              // Every form that changes something carries the session's token.
              int forms = html.split("method=\"post\"", -1).length - 1;
              int tokens = html.split("name=\"_csrf\" value=\"tok\"", -1).length - 1;
              assertThat(tokens).as(template).isEqualTo(forms);
            });
  }

  @Test
  void whatPeersSendIsEscaped() {
    String peers = render("admin-federation-peers", "fr", pages().get("admin-federation-peers"));
    assertThat(peers).contains("Miramas &lt;script&gt;").doesNotContain("Miramas <script>");
    String policy = render("admin-federation-policy", "fr", pages().get("admin-federation-policy"));
    assertThat(policy).contains("Contenus &lt;b&gt;non&lt;/b&gt; sollicités");
    String inbox = render("admin-federation-inbox", "fr", pages().get("admin-federation-inbox"));
    assertThat(inbox).contains("no &lt;signature&gt;");
    assertThat(inbox).contains("Message refusé avant d&#39;être lu, reçu le 1 nov. 2026, 09:01");
  }

  @Test
  void errorsShowNextToTheirFields() {
    String peers = render("admin-federation-peers", "fr", pages().get("admin-federation-peers"));
    assertThat(peers).contains("<title>Erreur : Territoires suivis");
    assertThat(peers).contains("id=\"target-error\"", "aria-invalid=\"true\"");
    assertThat(peers).contains("value=\"nowhere.example\"");
    String policy = render("admin-federation-policy", "fr", pages().get("admin-federation-policy"));
    assertThat(policy).contains("id=\"allowList-error\"", "href=\"#allowList\"");
    assertThat(policy).contains("miramas.example\nhttp://</textarea>");
  }

  @Test
  void theDeliveriesPageOffersARetryAndSaysWhenAHostIsPaused() {
    String html =
        render("admin-federation-deliveries", "fr", pages().get("admin-federation-deliveries"));
    assertThat(html).contains("Réessayer maintenant", "name=\"delivery\" value=\"42\"");
    assertThat(html).contains("prochain essai le 1 nov. 2026, 09:05");
    assertThat(html).contains("href=\"/admin/federation/deliveries?page=2\"");
  }

  @Test
  void anAllowListLineIsAnActorAddressOrAHost() {
    assertThat(FederationPolicyServlet.match("https://miramas.example/actors/territory").kind())
        .isEqualTo(PeerMatch.Kind.ACTOR);
    assertThat(FederationPolicyServlet.match("Miramas.Example:8443").kind())
        .isEqualTo(PeerMatch.Kind.HOST);
    assertThatThrownBy(() -> FederationPolicyServlet.match("pas une adresse !"))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> FederationPolicyServlet.match("http://"))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
