// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.federation.vocab.PublicKey;
import org.essaim.node.testsupport.Chromium;
import org.essaim.node.testsupport.Eventually;
import org.essaim.node.testsupport.FederationAdmin;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The federation administration pages in a real headless browser over two real nodes, Grenoble (A)
 * and Miramas (B): A's administrator follows B from the peers page, B's administrator accepts the
 * request from B's page, a project a team member of B publishes then shows in A's network search
 * with its territory, B's delivery page shows the delivery; the policy page blocks and lifts a
 * block; visitors and editors are kept out; axe-core finds no serious violation. The tests run in
 * order and build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFederationIT {

  static final Duration WAIT = Duration.ofSeconds(90);
  static final String EDITOR = "equipe-miramas";
  static final String EDITOR_PASSWORD = "equipe-miramas-secret";
  static final List<String> PAGES =
      List.of(
          "/admin/federation",
          "/admin/federation/policy",
          "/admin/federation/deliveries",
          "/admin/federation/deliveries/pending",
          "/admin/federation/deliveries/delivered",
          "/admin/federation/inbox");

  static final String EDITOR_A = "equipe-grenoble";
  static final String EDITOR_A_PASSWORD = "equipe-grenoble-secret";
  static final String SHEET_TITLE = "Animer une soirée de créativité";
  static final String AMENDED = "Réunir vingt personnes, dont cinq élus.";

  static final String FEDERATION_LINK = "Fédération : les échanges avec les autres territoires";

  static NodeProcess a;
  static NodeProcess b;
  static FederationAdmin adminA;
  static FederationAdmin adminB;
  static Chromium chromium;
  static String projectTitle;
  static long sheetOnB;
  static long sheetCopyOnA;

  /** A peer that serves its actor but whose inbox always answers 503 (its server is failing). */
  static HttpServer down;

  static URI downActor;

  private BrowserContext context;

  @BeforeAll
  static void start() {
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    nodes.put("web-federation-a", Map.of("ESSAIM_TERRITORY_NAME", "Grenoble"));
    nodes.put("web-federation-b", Map.of("ESSAIM_TERRITORY_NAME", "Miramas"));
    List<NodeProcess> started = NodeProcess.startAll(nodes);
    a = started.get(0);
    b = started.get(1);
    try {
      adminA = new FederationAdmin(a);
      adminB = new FederationAdmin(b);
      b.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
      a.createAccount(EDITOR_A, EDITOR_A_PASSWORD, "editor");
      down = failingPeer();
      chromium = Chromium.launch();
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    try {
      if (chromium != null) {
        chromium.close();
      }
      if (down != null) {
        down.stop(0);
      }
    } finally {
      for (NodeProcess node : new NodeProcess[] {a, b}) {
        if (node != null) {
          try {
            node.close();
          } catch (RuntimeException e) {
            System.err.println("Could not stop a node: " + e);
          }
        }
      }
    }
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  @Test
  @Order(1)
  void grenoblesAdministratorFollowsMiramasFromThePeersPage() {
    Page page = desktop();
    Chromium.signIn(page, a, "admin", NodeProcess.ADMIN_PASSWORD, "/team");
    // Only administrators see the way in.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FEDERATION_LINK)).click();
    assertThat(page).hasURL(a.uri("/admin/federation").toString());
    assertThat(page.locator("h1")).containsText("Fédération");

    // An empty address: the error shows next to the field, nothing is sent.
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"), () -> followButton(page).click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#target-error")).containsText("Indiquez l'adresse");
    assertThat(page.locator("#target")).hasAttribute("aria-invalid", "true");
    // An address where no territory answers: said in words, what was typed stays.
    String nowhere = a.uri("/nobody-here").toString();
    page.getByLabel("Adresse du territoire à suivre").fill(nowhere);
    followButton(page).click();
    assertThat(page.locator("#target-error")).containsText("Aucun territoire Essaim");
    assertThat(page.locator("#target")).hasValue(nowhere);
    Chromium.screenshot(page, "federation-follow-error");

    page.getByLabel("Adresse du territoire à suivre").fill(adminB.actor());
    followButton(page).click();
    assertThat(page).hasURL(a.uri("/admin/federation?done=followed").toString());
    assertThat(page.locator(".notice")).containsText("La demande est envoyée");
    Locator miramas = peerCard(page, "Miramas");
    assertThat(miramas).containsText("demande envoyée, en attente de sa réponse");
    assertThat(adminA.followState(adminB.actor(), "following")).isEqualTo("PENDING");
  }

  @Test
  @Order(2)
  void miramasAdministratorAcceptsTheRequestFromItsPage() {
    Page page = desktop();
    Chromium.signIn(page, b, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation");
    // The Follow travels through B's inbox: the request shows once it has arrived.
    Eventually.until(
        "Grenoble's follow request on Miramas's page",
        WAIT,
        () -> {
          page.navigate(b.uri("/admin/federation").toString());
          return page.locator("li[id^=request-]").count() == 1;
        });
    Locator request = page.locator("li[id^=request-]");
    assertThat(request).containsText("Grenoble");
    assertThat(page.locator("#requests-title")).hasText("1 demande de suivi à examiner");
    Chromium.screenshot(page, "federation-requests");
    request
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Accepter la demande de Grenoble"))
        .click();
    assertThat(page).hasURL(b.uri("/admin/federation?done=accepted").toString());
    assertThat(page.locator(".notice")).containsText("Demande acceptée");
    assertThat(page.locator("li[id^=request-]")).hasCount(0);
    assertThat(peerCard(page, "Grenoble").locator("dd").nth(2)).hasText("oui");
    assertThat(adminB.followState(adminA.actor(), "follower")).isEqualTo("ACCEPTED");

    // The Accept travels back: Grenoble's page then says it follows Miramas.
    Eventually.until(
        "Grenoble's follow accepted",
        WAIT,
        () -> adminA.followState(adminB.actor(), "following").equals("ACCEPTED"));
    Page grenoble = context.newPage();
    Chromium.signIn(grenoble, a, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation");
    assertThat(peerCard(grenoble, "Miramas").locator("dd").nth(1)).hasText("oui");
    Chromium.screenshot(grenoble, "federation-peers");
  }

  @Test
  @Order(3)
  void aProjectPublishedOnMiramasShowsInGrenoblesNetworkSearchWithItsTerritory() {
    String word = "ressourcerie" + UUID.randomUUID().toString().substring(0, 6);
    projectTitle = "Ressourcerie du quartier " + word;
    HttpResponse<String> created =
        b.sendJson(
            "POST",
            "/api/projects",
            """
            {"title":"%s","summary":"Donner une seconde vie aux objets du quartier.",
             "stage":"emergence","origin":"ACCELERATED_EXISTING","themes":["mobility"],
             "visibility":"PUBLIC"}
            """
                .formatted(projectTitle),
            EDITOR,
            EDITOR_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    Page page = desktop();
    String search = a.uri("/network/search?q=" + word).toString();
    Eventually.until(
        "Miramas's project in Grenoble's network search",
        WAIT,
        () -> {
          page.navigate(search);
          return page.locator("ol.results > li").count() > 0;
        });
    Locator result = page.locator("ol.results > li").first();
    assertThat(result).containsText(projectTitle);
    // Attributed to its territory, with a link to Miramas's site; not « ce territoire ».
    Locator territory = result.locator(".meta a");
    assertThat(territory).hasText("Miramas");
    assertThat(territory).hasAttribute("href", b.uri("/").toString());
    assertThat(result).not().containsText("ce territoire");
    Chromium.screenshot(page, "federation-network-search");
  }

  @Test
  @Order(4)
  void miramasDeliveryPageShowsTheDeliveryToGrenoble() {
    Page page = desktop();
    Chromium.signIn(page, b, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation/deliveries");
    assertThat(page.locator("#list-title")).containsText("En échec (0)");
    Eventually.until(
        "Miramas's deliveries to Grenoble delivered",
        WAIT,
        () -> adminB.deliveries("state=pending").isEmpty());
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arrivés").setExact(true))
        .click();
    assertThat(page).hasURL(b.uri("/admin/federation/deliveries/delivered").toString());
    Locator deliveries = page.locator("li[id^=delivery-]");
    assertThat(deliveries.first()).containsText("Vers " + adminA.host());
    assertThat(deliveries.first()).containsText("arrivé");
    // Each delivery says its kind of message in words: the project's Create, the Accept.
    assertThat(
            page.locator(".delivery-kind")
                .filter(new Locator.FilterOptions().setHasText("Création")))
        .not()
        .hasCount(0);
    assertThat(
            page.locator(".delivery-kind")
                .filter(new Locator.FilterOptions().setHasText("Acceptation")))
        .not()
        .hasCount(0);
    // The Accept and the project's Create, at least.
    assertThat(deliveries.count()).isGreaterThanOrEqualTo(2);
    Locator host = page.locator("section[aria-labelledby=hosts-title] li.card");
    assertThat(host).containsText(adminA.host());
    assertThat(host).containsText("Les envois passent normalement.");
    Chromium.screenshot(page, "federation-deliveries");

    // « Réessayer maintenant » on a delivery that arrived: refused in words, nothing changes.
    long delivered = adminB.deliveries("state=delivered").get(0).getJsonNumber("id").longValue();
    APIResponse retry =
        post(
            page,
            b,
            "/admin/federation/deliveries",
            FormData.create()
                .set("_csrf", page.locator("input[name=_csrf]").first().inputValue())
                .set("action", "retry")
                .set("delivery", Long.toString(delivered)));
    assertThat(retry.status()).isEqualTo(409);
    assertThat(retry.text()).contains("Cet envoi est déjà arrivé");
  }

  @Test
  @Order(5)
  void thePolicyPageBlocksAndLiftsABlockAndShowsErrorsNextToTheFields() {
    Page page = desktop();
    Chromium.signIn(page, a, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation/policy");
    assertThat(page.getByLabel("Je les examine une par une")).isChecked();
    assertThat(page.getByLabel("Tout le réseau")).isChecked();

    page.getByLabel("Adresse de l'acteur ou nom du serveur").fill("pas une adresse !");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bloquer").setExact(true))
        .click();
    assertThat(page.locator("#blockTarget-error")).containsText("ni un nom de serveur");
    assertThat(page.locator(".error-summary a[href='#blockTarget']")).isVisible();

    page.getByLabel("Adresse de l'acteur ou nom du serveur").fill("spam.example");
    page.getByLabel("Raison (facultatif, pour vos collègues)").fill("Contenus non sollicités");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bloquer").setExact(true))
        .click();
    assertThat(page).hasURL(a.uri("/admin/federation/policy?done=blocked").toString());
    Locator block = page.locator("li[id^=block-]");
    assertThat(block).containsText("Tout le serveur spam.example");
    assertThat(block).containsText("Contenus non sollicités");
    assertThat(a.getAsAdmin("/api/admin/federation/blocks").body()).contains("spam.example");

    // The allow-list: a line that is no address is named; nothing is saved.
    page.getByLabel("Seulement les territoires de la liste").check();
    page.getByLabel("Liste des territoires autorisés").fill(adminB.host() + "\nhttp://\n");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ces choix"))
        .click();
    assertThat(page.locator("#allowList-error")).containsText("http://");
    assertThat(page.getByLabel("Seulement les territoires de la liste")).isChecked();
    assertThat(json(a.getAsAdmin("/api/admin/federation/policy")).getString("networkMode"))
        .isEqualTo("OPEN");
    Chromium.screenshot(page, "federation-policy-error");

    page.navigate(a.uri("/admin/federation/policy").toString());
    Chromium.screenshot(page, "federation-policy");
    block
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions()
                .setName("Lever le blocage de Tout le serveur spam.example"))
        .click();
    assertThat(page).hasURL(a.uri("/admin/federation/policy?done=unblocked").toString());
    assertThat(page.locator("li[id^=block-]")).hasCount(0);
  }

  @Test
  @Order(6)
  void theInboxErrorsPageShowsARefusedMessageWithItsReason() {
    // An unsigned activity posted to Grenoble's inbox: refused, and journaled.
    HttpResponse<String> unsigned =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri("/inbox"))
                .header("Content-Type", "application/activity+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"@context\":\"https://www.w3.org/ns/activitystreams\","
                            + "\"type\":\"Follow\",\"actor\":\"https://spam.example/actor\","
                            + "\"object\":\""
                            + adminA.actor()
                            + "\"}"))
                .build());
    int refusedWith = unsigned.statusCode();
    assertThat(refusedWith).as(unsigned.body()).isBetween(400, 499);
    Page page = desktop();
    Chromium.signIn(page, a, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation/inbox");
    assertThat(page.locator("main")).not().containsText("Aucun message refusé");
    Locator entry = page.locator("ol.queue > li").first();
    assertThat(entry.locator("dd").nth(1)).hasText(Integer.toString(refusedWith));
    assertThat(entry.locator("dd").nth(2)).not().isEmpty();
    Chromium.screenshot(page, "federation-inbox");
  }

  @Test
  @Order(7)
  void visitorsAndEditorsAreKeptOutOfTheFederationPages() {
    for (String path : PAGES) {
      HttpResponse<String> visitor = b.get(path);
      assertThat(visitor.statusCode()).as(path).isEqualTo(303);
      assertThat(visitor.headers().firstValue("Location"))
          .hasValue("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
    // A visitor's post changes nothing either.
    HttpResponse<String> post =
        HttpCalls.send(
            b.http(),
            HttpCalls.request(b.uri("/admin/federation/policy"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=block&blockTarget=evil.example"))
                .build());
    assertThat(post.statusCode()).isEqualTo(303);

    Page page = desktop();
    Chromium.signIn(page, b, EDITOR, EDITOR_PASSWORD, "/team");
    assertThat(page.locator("main")).not().containsText("Fédération");
    for (String path : PAGES) {
      Response forbidden = page.navigate(b.uri(path).toString());
      assertThat(forbidden.status()).as(path).isEqualTo(403);
      assertThat(page.locator("h1")).hasText("Accès refusé");
    }
    // With the session's real token, an editor's post is still refused.
    page.navigate(b.uri("/team").toString());
    String token = page.locator("input[name=_csrf]").first().inputValue();
    APIResponse editorPost =
        post(
            page,
            b,
            "/admin/federation/policy",
            FormData.create()
                .set("_csrf", token)
                .set("action", "block")
                .set("blockTarget", "evil.example"));
    assertThat(editorPost.status()).isEqualTo(403);
    APIResponse editorFollow =
        post(
            page,
            b,
            "/admin/federation",
            FormData.create()
                .set("_csrf", token)
                .set("action", "follow")
                .set("target", "https://evil.example/actors/territory"));
    assertThat(editorFollow.status()).isEqualTo(403);
    assertThat(b.getAsAdmin("/api/admin/federation/blocks").body()).doesNotContain("evil.example");
    assertThat(adminB.peer("https://evil.example/actors/territory")).isEmpty();

    // An administrator's post without the session's token: refused, nothing changes.
    context.close();
    Page admin = desktop();
    Chromium.signIn(admin, b, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation/policy");
    APIResponse forged =
        post(
            admin,
            b,
            "/admin/federation/policy",
            FormData.create()
                .set("_csrf", "made-up")
                .set("action", "block")
                .set("blockTarget", "evil.example"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("Le formulaire a expiré");
    assertThat(b.getAsAdmin("/api/admin/federation/blocks").body()).doesNotContain("evil.example");
  }

  @Test
  @Order(8)
  void aDeliveryThatFailsShowsItsReasonAndIsRetriedNow() {
    // A peer whose inbox answers 503: Grenoble's Follow waits, with the reason and the next try.
    Page page = desktop();
    Chromium.signIn(page, a, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation");
    page.getByLabel("Adresse du territoire à suivre").fill(downActor.toString());
    followButton(page).click();
    assertThat(page).hasURL(a.uri("/admin/federation?done=followed").toString());
    String downHost = downActor.getRawAuthority();
    Eventually.until(
        "the Follow to the failing peer attempted",
        WAIT,
        () ->
            adminA.deliveries("state=pending&host=" + FederationAdmin.encode(downHost)).stream()
                .anyMatch(d -> d.getInt("attempts") >= 1));
    page.navigate(a.uri("/admin/federation/deliveries/pending").toString());
    Locator delivery =
        page.locator("li[id^=delivery-]")
            .filter(new Locator.FilterOptions().setHasText("Vers " + downHost));
    assertThat(delivery).containsText("HTTP 503");
    assertThat(delivery).containsText("Prochain essai");
    Chromium.screenshot(page, "federation-deliveries-pending");
    delivery
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Réessayer maintenant"))
        .click();
    assertThat(page).hasURL(a.uri("/admin/federation/deliveries/pending?done=retried").toString());
    assertThat(page.locator(".notice")).containsText("L'envoi est relancé");
    Eventually.until(
        "the delivery tried again at once",
        WAIT,
        () ->
            adminA.deliveries("host=" + FederationAdmin.encode(downHost)).stream()
                .anyMatch(d -> d.getInt("attempts") >= 2));
  }

  @Test
  @Order(9)
  void theFederationPagesHaveNoSeriousAccessibilityViolations() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, a, "admin", NodeProcess.ADMIN_PASSWORD, "/admin/federation");
    List<String> violations = new ArrayList<>();
    for (String path : PAGES) {
      Response response = page.navigate(a.uri(path).toString());
      assertThat(response.status()).as(path).isEqualTo(200);
      Chromium.seriousViolations(page).forEach(v -> violations.add(path + ": " + v));
    }
    page.setViewportSize(360, 740);
    for (String path : PAGES) {
      page.navigate(a.uri(path).toString());
      Chromium.seriousViolations(page).forEach(v -> violations.add(path + " (360 px): " + v));
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"))
          .as("no horizontal scrolling at 360 px on " + path)
          .isTrue();
    }
    page.navigate(a.uri("/admin/federation/deliveries/pending").toString());
    Chromium.screenshot(page, "federation-deliveries-phone");
    assertThat(violations).isEmpty();
  }

  @Test
  @Order(10)
  void aSheetMiramasSharesIsListedOnGrenoblesNetworkPageWithItsAttribution() {
    HttpResponse<String> created =
        b.sendJson(
            "POST",
            "/api/method-sheets",
            """
            {"title":"%s","summary":"Une soirée pour faire naître des idées.",
             "bodyMarkdown":"## Préparer\\n\\nRéunir vingt personnes.",
             "methodSteps":["SUPPORT"],"visibility":"PUBLIC"}
            """
                .formatted(SHEET_TITLE),
            EDITOR,
            EDITOR_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    sheetOnB = json(created).getJsonNumber("id").longValue();
    for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
      HttpResponse<String> moved =
          b.sendJson(
              "POST",
              "/api/method-sheets/" + sheetOnB + "/transitions",
              "{\"to\":\"" + to + "\"}",
              EDITOR,
              EDITOR_PASSWORD);
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    // A visitor of Grenoble: the sheet is PUBLIC, so it is listed with its territory.
    Page page = desktop();
    page.navigate(a.uri("/").toString());
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partagé par le réseau"))
        .click();
    assertThat(page).hasURL(a.uri("/network/shared").toString());
    Eventually.until(
        "Miramas's sheet on Grenoble's network page",
        WAIT,
        () -> {
          page.navigate(a.uri("/network/shared?kind=METHOD_SHEET").toString());
          return page.locator("li[id^=copy-]").count() > 0;
        });
    Locator card = page.locator("li[id^=copy-]").first();
    assertThat(card).containsText(SHEET_TITLE);
    assertThat(card).containsText("Partagé par Miramas");
    assertThat(card.locator(".meta a")).hasAttribute("href", b.uri("/").toString());
    Chromium.screenshot(page, "network-shared");

    card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SHEET_TITLE)).click();
    sheetCopyOnA = Long.parseLong(page.url().replaceAll(".*/network/shared/", ""));
    assertThat(page.locator("h1")).hasText(SHEET_TITLE);
    assertThat(page.locator("#attribution")).containsText("Miramas");
    assertThat(page.locator("#origin-link")).hasText("Voir l'original sur le site de Miramas");
    assertThat(page.locator("#origin-link"))
        .hasAttribute("href", java.util.regex.Pattern.compile("^" + b.uri("/")));
    assertThat(page.locator("#copy-text")).containsText("Réunir vingt personnes.");
    // Its heading reads as a heading, not as Markdown.
    assertThat(page.locator("#copy-text h3")).hasText("Préparer");
    // No exchange forms for a visitor.
    assertThat(page.locator("form[action^='/network/shared']")).hasCount(0);

    // The network search leads to the copy's page here, its territory still named and linked.
    Eventually.until(
        "Miramas's sheet in Grenoble's network search",
        WAIT,
        () -> {
          page.navigate(a.uri("/network/search?q=cr%C3%A9ativit%C3%A9").toString());
          return page.locator("ol.results > li").count() > 0;
        });
    Locator hit = page.locator("ol.results > li").first();
    assertThat(hit.locator("h3 a")).hasAttribute("href", "/network/shared/" + sheetCopyOnA);
    assertThat(hit.locator(".meta a")).hasAttribute("href", b.uri("/").toString());
  }

  @Test
  @Order(11)
  void anEditorOfGrenobleProposesAnAmendmentAndRepliesFromTheCopyPage() {
    Page page = desktop();
    Chromium.signIn(page, a, EDITOR_A, EDITOR_A_PASSWORD, "/network/shared/" + sheetCopyOnA);
    Locator body = page.getByLabel("Le texte proposé (Markdown)");
    // The form starts from the sheet's current words.
    assertThat(body).hasValue(java.util.regex.Pattern.compile("Réunir vingt personnes\\."));

    // A blank text: refused next to the field, nothing sent.
    body.fill(" ");
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Proposer cette version"))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#amendContent-error")).hasText("Écrivez un texte.");
    assertThat(page.locator("#amendContent")).hasAttribute("aria-invalid", "true");
    Chromium.screenshot(page, "network-copy-amend-error");

    page.getByLabel("Ce que vous changez (facultatif)").fill("Des élus dans la salle");
    body.fill("## Préparer\n\n" + AMENDED);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer cette version"))
        .click();
    assertThat(page).hasURL(a.uri("/network/shared/" + sheetCopyOnA + "?done=amend").toString());
    assertThat(page.locator(".notice")).containsText("Votre proposition est envoyée");

    page.getByLabel("Votre réponse").fill("Testée à Grenoble : très bien.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la réponse"))
        .click();
    assertThat(page).hasURL(a.uri("/network/shared/" + sheetCopyOnA + "?done=reply").toString());

    // What was sent, on the team's page.
    page.navigate(a.uri("/team/contributions").toString());
    Locator sent = page.locator("tr[id^=sent-]");
    assertThat(sent).hasCount(2);
    assertThat(sent.filter(new Locator.FilterOptions().setHasText("Amélioration proposée")))
        .containsText("en attente de sa réponse");
  }

  @Test
  @Order(12)
  void miramasEditorAcceptsTheAmendmentAndHidesTheReply() {
    Page page = desktop();
    Chromium.signIn(page, b, EDITOR, EDITOR_PASSWORD, "/team");
    Eventually.until(
        "Grenoble's amendment in Miramas's queue",
        WAIT,
        () -> {
          page.navigate(b.uri("/team").toString());
          return page.locator("#contributions-link").textContent().contains("1 en attente");
        });
    page.locator("#contributions-link").click();
    assertThat(page).hasURL(b.uri("/team/contributions").toString());
    Locator amendment = page.locator("li[id^=contribution-]");
    assertThat(amendment).hasCount(1);
    assertThat(amendment).containsText("Grenoble");
    assertThat(amendment).containsText("Des élus dans la salle");
    assertThat(amendment.locator("tr.removed")).containsText("Réunir vingt personnes.");
    assertThat(amendment.locator("tr.added")).containsText(AMENDED);
    Eventually.until(
        "Grenoble's reply in Miramas's queue",
        WAIT,
        () -> {
          page.navigate(b.uri("/team/contributions").toString());
          return page.locator("li[id^=reply-]").count() == 1;
        });
    Chromium.screenshot(page, "team-contributions");

    page.locator("li[id^=contribution-]")
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Accepter : Amélioration proposée de Grenoble"))
        .click();
    assertThat(page).hasURL(b.uri("/team/contributions?done=accept").toString());
    assertThat(page.locator(".notice")).containsText("Proposition acceptée");
    assertThat(page.locator("li[id^=contribution-]")).hasCount(0);

    Locator reply = page.locator("li[id^=reply-]");
    assertThat(reply).containsText("Testée à Grenoble");
    reply
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Masquer la réponse de Grenoble"))
        .click();
    assertThat(page).hasURL(b.uri("/team/contributions?done=hide").toString());
    assertThat(page.locator("li[id^=reply-]")).containsText("masquée");

    // The sheet's history has the new version, with where it comes from.
    page.navigate(b.uri("/team/sheets/" + sheetOnB + "/versions").toString());
    assertThat(page.locator("#version-2")).containsText("Amendement proposé par Grenoble");
    assertThat(page.locator(".sheet-body")).containsText(AMENDED);

    // The sheet federates as an Update: Grenoble's copy then reads the new text, and its sent
    // amendment is accepted.
    Page grenoble = context.newPage();
    Eventually.until(
        "the amended sheet on Grenoble's copy page",
        WAIT,
        () -> {
          grenoble.navigate(a.uri("/network/shared/" + sheetCopyOnA).toString());
          return grenoble.locator("#copy-text").textContent().contains(AMENDED);
        });
    Chromium.screenshot(grenoble, "network-copy");
    Chromium.signIn(grenoble, a, EDITOR_A, EDITOR_A_PASSWORD, "/team/contributions");
    Eventually.until(
        "the Accept back on Grenoble",
        WAIT,
        () -> {
          grenoble.navigate(a.uri("/team/contributions").toString());
          return grenoble
              .locator("tr[id^=sent-]")
              .filter(new Locator.FilterOptions().setHasText("Amélioration proposée"))
              .textContent()
              .contains("accepté");
        });
  }

  @Test
  @Order(13)
  void visitorsAreRefusedTheContributionsQueue() {
    HttpResponse<String> visitor = b.get("/team/contributions");
    assertThat(visitor.statusCode()).isEqualTo(303);
    assertThat(visitor.headers().firstValue("Location"))
        .hasValue(
            "/login?next=" + URLEncoder.encode("/team/contributions", StandardCharsets.UTF_8));
    HttpResponse<String> post =
        HttpCalls.send(
            b.http(),
            HttpCalls.request(b.uri("/team/contributions/1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=accept"))
                .build());
    assertThat(post.statusCode()).isEqualTo(303);
    // Nor may a visitor send anything from a copy page.
    HttpResponse<String> reply =
        HttpCalls.send(
            a.http(),
            HttpCalls.request(a.uri("/network/shared/" + sheetCopyOnA))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=reply&content=spam"))
                .build());
    assertThat(reply.statusCode()).isEqualTo(303);
  }

  @Test
  @Order(14)
  void theNetworkAndContributionsPagesHaveNoSeriousAccessibilityViolations() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, a, EDITOR_A, EDITOR_A_PASSWORD, "/team");
    List<String> paths =
        List.of(
            "/network/shared",
            "/network/shared?kind=METHOD_SHEET",
            "/network/shared/" + sheetCopyOnA,
            "/team/contributions");
    List<String> violations = new ArrayList<>();
    for (int width : new int[] {1280, 360}) {
      page.setViewportSize(width, width == 360 ? 740 : 900);
      for (String path : paths) {
        Response response = page.navigate(a.uri(path).toString());
        assertThat(response.status()).as(path).isEqualTo(200);
        Chromium.seriousViolations(page)
            .forEach(v -> violations.add(path + " (" + width + "): " + v));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= " + width))
            .as("no horizontal scrolling at " + width + " px on " + path)
            .isTrue();
      }
    }
    Chromium.screenshot(page, "network-copy-phone");
    Page miramas = context.newPage();
    Chromium.signIn(miramas, b, EDITOR, EDITOR_PASSWORD, "/team/contributions");
    Chromium.seriousViolations(miramas).forEach(v -> violations.add("B /team/contributions: " + v));
    assertThat(violations).isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static HttpServer failingPeer() {
    try {
      KeyPair key = KeyPairs.generateRsa2048();
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      downActor = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actor");
      byte[] actor =
          new ActivityStreamsCodec()
              .writeBytes(
                  Actor.builder(ActorType.ORGANIZATION, downActor, URI.create(downActor + "/inbox"))
                      .preferredUsername("en-panne")
                      .publicKey(
                          new PublicKey(
                              URI.create(downActor + "#main-key"),
                              downActor,
                              PemKeys.encodePublicKey(key.getPublic())))
                      .build()
                      .asObject());
      server.createContext(
          "/actor",
          exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
              exchange.sendResponseHeaders(503, -1);
            } else {
              exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
              exchange.sendResponseHeaders(200, actor.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(actor);
              }
            }
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts a form with the page's session (its cookie), as a browser would without the page. */
  private static APIResponse post(Page page, NodeProcess node, String path, FormData form) {
    return page.request().post(node.uri(path).toString(), RequestOptions.create().setForm(form));
  }

  private static Locator followButton(Page page) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suivre ce territoire"));
  }

  private static Locator peerCard(Page page, String name) {
    return page.locator("li[id^=peer-]")
        .filter(
            new Locator.FilterOptions()
                .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(name))));
  }

  private Page desktop() {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    return context.newPage();
  }
}
