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
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.ActorType;
import org.essaim.node.testsupport.Chromium;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The national association's pages in a real headless browser against one aggregator-mode node. Its
 * territories are actors served from this JVM (the aggregator only needs to fetch them to register
 * them): the dashboard shows what {@code /api/network/key-figures} serves, the map places each
 * territory on its département, an administrator registers a territory and moves another along the
 * label path from the pages, a visitor and an editor are kept out of the registry, the open data
 * links download, and axe-core finds no serious violation (desktop and 360 px).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebNationalIT {

  private static final String EDITOR = "equipe-nationale";
  private static final String EDITOR_PASSWORD = "equipe-nationale-secret";
  private static final String REGISTRY = "/api/admin/registry/territories";

  static NodeProcess national;
  static HttpServer territories;
  static Chromium chromium;
  static long juraId;
  static long luxembourgId;

  private BrowserContext context;

  @BeforeAll
  static void start() throws Exception {
    national =
        NodeProcess.start(
            "web-national",
            Map.of("ESSAIM_NODE_MODE", "aggregator", "ESSAIM_TERRITORY_NAME", "Réseau SUT"));
    try {
      national.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
      territories = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      for (String name : List.of("jura", "luxembourg", "guyane")) {
        serveActor(name);
      }
      territories.start();
      juraId =
          register(
              "jura",
              "Lons-le-Saunier / Jura",
              "Bourgogne-Franche-Comté",
              "Jura (39)",
              "FR",
              "LABELLED\",\"labelDate\":\"2024-04-15");
      luxembourgId =
          register("luxembourg", "Esch-sur-Alzette", "Luxembourg", null, "LU", "IN_PROMO");
      long promo =
          created(
              "/api/admin/registry/promos",
              "{\"number\":5,\"name\":\"Promo 5\",\"period\":\"2026-2027\",\"members\":["
                  + luxembourgId
                  + "]}");
      created(
          "/api/admin/registry/sponsorships",
          "{\"sponsorId\":"
              + juraId
              + ",\"sponseeId\":"
              + luxembourgId
              + ",\"promoId\":"
              + promo
              + ",\"period\":\"2026-2027\",\"status\":\"ACTIVE\"}");
      chromium = Chromium.launch();
    } catch (Exception | Error e) {
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
    } finally {
      try {
        if (territories != null) {
          territories.stop(0);
        }
      } finally {
        if (national != null) {
          national.close();
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

  // --- the public pages ------------------------------------------------------------------------

  @Test
  @Order(1)
  void theDashboardShowsTheNetworkFiguresOfTheApiWithCharts() {
    JsonObject api = json(national.get("/api/network/key-figures"));
    Page page = desktop();
    Response response = page.navigate(national.uri("/network").toString());
    assertThat(response.status()).isEqualTo(200);
    assertThat(page.locator("h1")).hasText("Le réseau en chiffres");

    NumberFormat french = NumberFormat.getIntegerInstance(Locale.FRENCH);
    JsonObject tally = api.getJsonObject("territories");
    assertThat(figure(page, "territories")).isEqualTo(french.format(tally.getInt("total")));
    assertThat(figure(page, "labelled")).isEqualTo(french.format(tally.getInt("labelled")));
    assertThat(figure(page, "launching")).isEqualTo(french.format(tally.getInt("launching")));
    assertThat(tally.getInt("labelled")).isEqualTo(1); // Jura, registered LABELLED
    JsonObject totals = api.getJsonObject("totals");
    for (String key : List.of("projectsSupported", "participants", "dreams", "jobsCreated")) {
      assertThat(figure(page, key))
          .as(key)
          .isEqualTo(french.format(totals.getJsonObject(key).getJsonNumber("value").longValue()));
    }

    // Four charts over the months the API's history covers, each named and with a text twin.
    int months = api.getJsonArray("history").size();
    for (String key : List.of("projectsSupported", "participants", "dreams", "jobsCreated")) {
      Locator chart =
          page.locator(
              "svg.chart-svg[role='img'][aria-labelledby='chart-"
                  + key
                  + "-title chart-"
                  + key
                  + "-desc']");
      assertThat(chart).hasCount(1);
      assertThat(chart.locator("title")).not().isEmpty();
      assertThat(chart.locator("desc")).not().isEmpty();
      assertThat(chart.locator("rect.chart-bar")).hasCount(months);
      assertThat(chart.locator("text.chart-value")).hasCount(months);
    }
    assertThat(page.locator("#chart-projectsSupported-title"))
        .hasText("Évolution : projets accompagnés");
    assertThat(page.locator("#history-table tbody tr")).hasCount(months);
    Chromium.screenshot(page, "national-dashboard");
  }

  @Test
  @Order(2)
  void theMapPlacesEachListedTerritoryOnItsDepartement() {
    JsonObject directory = json(national.get("/api/network/territories?size=100"));
    Page page = desktop();
    page.navigate(national.uri("/network/territories").toString());
    Locator markers = page.locator("#territory-map a.marker");
    assertThat(markers).hasCount(directory.getInt("totalItems"));

    // Jura's marker lies inside département 39, which is shaded; Luxembourg's inside Luxembourg.
    assertThat(inside(page, "Lons-le-Saunier / Jura", "39")).isTrue();
    assertThat(inside(page, "Esch-sur-Alzette", "LU")).isTrue();
    assertThat(page.locator("path[data-code='39']")).hasClass("area area-marked");
    assertThat(page.locator("path[data-code='75']")).hasClass("area");

    // The status is written, not only drawn; the marker leads to the entry.
    Locator jura = page.locator("#territory-" + juraId);
    assertThat(jura.locator(".territory-status")).containsText("Labellisé");
    assertThat(jura.locator(".territory-status")).containsText("15 avril 2024");
    Locator luxembourg = page.locator("#territory-" + luxembourgId);
    assertThat(luxembourg).containsText("Promo 5");
    // Its parrain, named.
    assertThat(luxembourg.locator("dd", new Locator.LocatorOptions().setHasText("Lons-le-Saunier")))
        .hasCount(1);
    page.locator("a.marker[aria-label*='Esch-sur-Alzette']").click();
    assertThat(page)
        .hasURL(national.uri("/network/territories#territory-" + luxembourgId).toString());
    Chromium.screenshot(page, "national-directory");

    // The filter: labelled ones only.
    page.navigate(national.uri("/network/territories?status=LABELLED").toString());
    assertThat(page.locator("#territory-map a.marker")).hasCount(1);
    assertThat(page.navigate(national.uri("/network/territories?status=NOPE").toString()).status())
        .isEqualTo(400);
  }

  @Test
  @Order(3)
  void theOpenDataLinksDownloadTheExports() {
    Page page = desktop();
    page.navigate(national.uri("/network/open-data").toString());
    assertThat(page.locator("#open-data-license")).containsText("etalab-2.0");
    Locator csv = page.locator("a[href$='.csv']");
    assertThat(csv).hasCount(4);
    for (int i = 0; i < 4; i++) {
      String href = csv.nth(i).getAttribute("href");
      APIResponse file = page.request().get(national.uri(href).toString());
      assertThat(file.status()).as(href).isEqualTo(200);
      assertThat(file.headers().get("content-type")).as(href).startsWith("text/csv");
    }
    APIResponse directory =
        page.request().get(national.uri("/api/open-data/territories.csv").toString());
    assertThat(directory.text()).contains("Lons-le-Saunier / Jura");
    Locator jsonld = page.locator("a[href$='.jsonld']");
    assertThat(jsonld).hasCount(4);
    APIResponse projects =
        page.request().get(national.uri(jsonld.first().getAttribute("href")).toString());
    assertThat(projects.status()).isEqualTo(200);
    Chromium.screenshot(page, "national-open-data");
  }

  // --- the registry ----------------------------------------------------------------------------

  @Test
  @Order(4)
  void aVisitorAndAnEditorAreRefusedTheRegistry() {
    Page page = desktop();
    for (String path :
        List.of(
            "/registry",
            "/registry/territories/" + juraId,
            "/registry/territories/new",
            "/registry/promos",
            "/registry/sponsorships")) {
      page.navigate(national.uri(path).toString());
      assertThat(page)
          .hasURL(
              national
                  .uri("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                  .toString());
    }
    // A forged POST without a session changes nothing.
    APIResponse forged =
        page.request()
            .post(
                national.uri("/registry/territories/" + luxembourgId + "/status").toString(),
                RequestOptions.create()
                    .setMaxRedirects(0)
                    .setForm(FormData.create().set("status", "WITHDRAWN").set("version", "0")));
    assertThat(forged.status()).isEqualTo(303);
    assertThat(status(luxembourgId)).isEqualTo("IN_PROMO");
    assertThat(page.locator("nav a[href='/registry']")).hasCount(0);

    // A team member without the admin role: 403.
    Chromium.signIn(page, national, EDITOR, EDITOR_PASSWORD, "/network");
    Response refused = page.navigate(national.uri("/registry").toString());
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void anAdministratorChangesALabelStatusWithAReasonAndTheDirectoryShowsIt() {
    Page page = desktop();
    Chromium.signIn(page, national, "admin", NodeProcess.ADMIN_PASSWORD, "/registry");
    assertThat(page.locator("nav a[href='/registry']")).hasAttribute("aria-current", "page");
    page.locator("#row-" + luxembourgId + " a").click();
    assertThat(page).hasURL(national.uri("/registry/territories/" + luxembourgId).toString());
    assertThat(page.locator("#current-status")).containsText("En promo");

    // A label date on a move that takes none: refused next to the field, nothing changes.
    page.getByLabel("Nouvelle étape").selectOption("READY_FOR_LABEL");
    page.getByLabel("Date du comité de labellisation").fill("2026-05-04");
    page.getByLabel("Motif").fill("Équipe élargie constituée");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Changer d’étape"))
        .click();
    assertThat(page.locator("#labelDate-error")).isVisible();
    assertThat(page.locator("#labelDate")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#reason")).hasValue("Équipe élargie constituée");
    assertThat(status(luxembourgId)).isEqualTo("IN_PROMO");
    Chromium.screenshot(page, "national-registry-error");

    page.getByLabel("Date du comité de labellisation").fill("");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Changer d’étape"))
        .click();
    assertThat(page)
        .hasURL(national.uri("/registry/territories/" + luxembourgId + "?done=moved").toString());
    assertThat(page.locator("#current-status")).containsText("Prêt pour la labellisation");
    assertThat(page.locator("#status-history")).containsText("Équipe élargie constituée");
    assertThat(page.locator("#status-history")).containsText("(par admin)");
    assertThat(status(luxembourgId)).isEqualTo("READY_FOR_LABEL");
    Chromium.screenshot(page, "national-registry-territory");

    // A stale form (the version moved on) changes nothing more.
    APIResponse stale =
        page.request()
            .post(
                national.uri("/registry/territories/" + luxembourgId + "/status").toString(),
                RequestOptions.create()
                    .setMaxRedirects(0)
                    .setForm(
                        FormData.create()
                            .set("_csrf", page.locator("input[name=_csrf]").first().inputValue())
                            .set("status", "WITHDRAWN")
                            .set("version", "0")));
    assertThat(stale.status()).isEqualTo(409);
    // Without the token: 403, the territory's page again with « form expired ».
    APIResponse noToken =
        page.request()
            .post(
                national.uri("/registry/territories/" + luxembourgId + "/status").toString(),
                RequestOptions.create()
                    .setMaxRedirects(0)
                    .setForm(FormData.create().set("status", "WITHDRAWN").set("version", "1")));
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(noToken.text()).contains("Le formulaire a expiré");
    assertThat(status(luxembourgId)).isEqualTo("READY_FOR_LABEL");

    // The API records a reason the same way; too long a reason is refused and moves nothing.
    HttpResponse<String> tooLong =
        national.sendJsonAsAdmin(
            "POST",
            REGISTRY + "/" + juraId + "/status",
            "{\"status\":\"SUSPENDED\",\"reason\":\"" + "x".repeat(2001) + "\"}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("reason");
    assertThat(status(juraId)).isEqualTo("LABELLED");
    HttpResponse<String> suspended =
        national.sendJsonAsAdmin(
            "POST",
            REGISTRY + "/" + juraId + "/status",
            "{\"status\":\"SUSPENDED\",\"reason\":\"Rapport annuel manquant\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    page.navigate(national.uri("/registry/territories/" + juraId).toString());
    assertThat(page.locator("#status-history li").first())
        .containsText("Labellisé → Label suspendu");
    assertThat(page.locator("#status-history li").first()).containsText("Rapport annuel manquant");

    page.navigate(national.uri("/network/territories").toString());
    assertThat(page.locator("#territory-" + juraId + " .territory-status"))
        .containsText("Label suspendu");
    assertThat(page.locator("#territory-" + luxembourgId + " .territory-status"))
        .hasText("Prêt pour la labellisation");
    assertThat(page.locator("a.marker[aria-label*='Esch-sur-Alzette']"))
        .hasAttribute(
            "aria-label", java.util.regex.Pattern.compile(".*Prêt pour la labellisation$"));
  }

  @Test
  @Order(6)
  void anAdministratorRegistersATerritoryAndItAppearsOnTheMap() {
    Page page = desktop();
    Chromium.signIn(
        page, national, "admin", NodeProcess.ADMIN_PASSWORD, "/registry/territories/new");
    long before = json(national.getAsAdmin(REGISTRY)).getInt("totalItems");
    page.getByLabel("Adresse du territoire dans le réseau").fill(actor("guyane").toString());
    page.getByLabel("Région").fill("Guyane");
    page.getByLabel("Étape du parcours").selectOption("CANDIDATE");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Inscrire").setExact(true))
        .click();
    // The name is missing: said next to the field, what was typed stays, nothing is stored.
    assertThat(page.locator("#name-error")).hasText("Ce champ est obligatoire.");
    assertThat(page.locator(".error-summary a[href='#name']")).isVisible();
    assertThat(page.locator("#region")).hasValue("Guyane");
    assertThat(json(national.getAsAdmin(REGISTRY)).getInt("totalItems")).isEqualTo(before);
    Chromium.screenshot(page, "national-registry-new-error");

    page.getByLabel("Nom").fill("Cayenne");
    page.getByLabel("Département").fill("Guyane (973)");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Inscrire").setExact(true))
        .click();
    assertThat(page.locator("p.notice")).containsText("Territoire inscrit");
    assertThat(json(national.getAsAdmin(REGISTRY)).getInt("totalItems")).isEqualTo(before + 1);
    String cayenne = page.url();

    // A candidate awaits the eligibility committee: a favourable decision needs every criterion.
    page.getByLabel("Date du comité", new Page.GetByLabelOptions().setExact(true))
        .fill("2026-10-10");
    page.getByLabel("Une équipe cœur réunissant des énergies et des compétences variées").check();
    page.getByLabel("Un rêve partagé pour le territoire").check();
    page.getByLabel("éligible, entre en promo").check();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Enregistrer la décision"))
        .click();
    assertThat(page.locator("#criteria-error")).containsText("tous les critères");
    assertThat(page.locator("#met-SHARED_DREAM")).isChecked();
    assertThat(page.locator("#met-LOCAL_RESOURCES")).not().isChecked();
    long id = Long.parseLong(cayenne.replaceAll(".*/territories/([0-9]+).*", "$1"));
    assertThat(status(id)).isEqualTo("CANDIDATE");
    page.getByLabel("Des ressources locales et de la disponibilité").check();
    page.getByLabel("Notes de délibération").fill("Équipe solide, rêve clair");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Enregistrer la décision"))
        .click();
    assertThat(page.locator("p.notice")).containsText("Décision du comité enregistrée");
    assertThat(page.locator("#current-status")).containsText("En promo");
    assertThat(status(id)).isEqualTo("IN_PROMO");
    HttpResponse<String> reviews = national.getAsAdmin(REGISTRY + "/" + id + "/reviews");
    JsonObject review =
        jakarta.json.Json.createReader(new java.io.StringReader(reviews.body()))
            .readArray()
            .getJsonObject(0);
    assertThat(review.getString("decision")).isEqualTo("ELIGIBLE");
    assertThat(review.getString("deliberationNotes")).isEqualTo("Équipe solide, rêve clair");
    assertThat(page.locator("#status-history")).containsText("Candidat → En promo");

    // The same actor twice: refused next to the address.
    page.navigate(national.uri("/registry/territories/new").toString());
    page.getByLabel("Adresse du territoire dans le réseau").fill(actor("guyane").toString());
    page.getByLabel("Nom").fill("Cayenne bis");
    page.getByLabel("Région").fill("Guyane");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Inscrire").setExact(true))
        .click();
    assertThat(page.locator("#actor-error")).containsText("déjà inscrit");

    page.navigate(national.uri("/network/territories").toString());
    assertThat(inside(page, "Cayenne", "973")).isTrue();
  }

  @Test
  @Order(7)
  void theNationalPagesHaveNoSeriousAccessibilityViolations() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, national, "admin", NodeProcess.ADMIN_PASSWORD, "/registry");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("national-dashboard", "/network");
    pages.put("national-directory", "/network/territories");
    pages.put("national-open-data", "/network/open-data");
    pages.put("national-registry", "/registry");
    pages.put("national-registry-territory", "/registry/territories/" + juraId);
    pages.put("national-registry-new", "/registry/territories/new");
    pages.put("national-registry-promos", "/registry/promos");
    pages.put("national-registry-sponsorships", "/registry/sponsorships");
    List<String> violations = new ArrayList<>();
    pages.forEach(
        (name, path) -> {
          Response response = page.navigate(national.uri(path).toString());
          assertThat(response.status()).as(path).isEqualTo(200);
          Chromium.screenshot(page, name);
          Chromium.seriousViolations(page).forEach(v -> violations.add(path + ": " + v));
        });
    assertThat(page.locator("#sponsorship-graph"))
        .containsText("Lons-le-Saunier / Jura, parrain de :");
    page.setViewportSize(360, 740);
    pages.forEach(
        (name, path) -> {
          page.navigate(national.uri(path).toString());
          Chromium.seriousViolations(page).forEach(v -> violations.add(path + " (360 px): " + v));
          assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"))
              .as("no horizontal scrolling at 360 px on " + path)
              .isTrue();
        });
    page.navigate(national.uri("/network/territories").toString());
    Chromium.screenshot(page, "national-directory-phone");
    page.navigate(national.uri("/network").toString());
    Chromium.screenshot(page, "national-dashboard-phone");
    assertThat(violations).isEmpty();
  }

  @Test
  @Order(8)
  void anAdministratorEditsPromosAndSponsorshipsAndRemovesAnEntryAfterConfirming()
      throws Exception {
    serveActor("vosges");
    long epinal = register("vosges", "Épinal", "Grand Est", "Vosges (88)", "FR", "PROSPECT");
    // A labelled parrain of this test's own (the other tests move the first territories along).
    serveActor("meuse");
    register(
        "meuse",
        "Bar-le-Duc",
        "Grand Est",
        "Meuse (55)",
        "FR",
        "LABELLED\",\"labelDate\":\"2025-03-01");
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, national, "admin", NodeProcess.ADMIN_PASSWORD, "/registry/promos");
    List<String> violations = new ArrayList<>();

    // A promo: a malformed number is refused next to its field, then it is created.
    page.getByText("Créer une promo", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(national.uri("/registry/promos/new").toString());
    page.getByLabel("Numéro").fill("sept");
    page.getByLabel("Période").fill("2027-2028");
    page.getByLabel("Épinal").check();
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Créer la promo", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#number-error")).containsText("de 1 à 1000");
    assertThat(page.locator("#period")).hasValue("2027-2028");
    assertThat(page.locator("#member-" + epinal)).isChecked();
    violations.addAll(Chromium.seriousViolations(page));
    Chromium.screenshot(page, "national-registry-promo-error");
    page.getByLabel("Numéro").fill("7");
    page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Printemps");
    page.getByText("Créer la promo", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("p.notice")).hasText("Promo créée.");
    com.microsoft.playwright.Locator card =
        page.locator("li.card")
            .filter(
                new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Promo 7 – Printemps"));
    assertThat(card).containsText("Épinal");
    JsonObject stored = promo(7);
    assertThat(stored.getString("period")).isEqualTo("2027-2028");
    assertThat(stored.getJsonArray("members").getJsonNumber(0).longValue()).isEqualTo(epinal);

    // Edited: the period changes, the members stay.
    page.getByLabel("Modifier : Promo 7 – Printemps").click();
    assertThat(page.locator("#number")).hasValue("7");
    page.getByLabel("Période").fill("2027");
    page.getByText("Enregistrer la promo").click();
    assertThat(page.locator("p.notice")).hasText("Promo enregistrée.");
    assertThat(promo(7).getString("period")).isEqualTo("2027");
    assertThat(promo(7).getJsonArray("members")).hasSize(1);

    // A sponsorship: a parrain that is not labelled is refused, a labelled one is accepted.
    page.navigate(national.uri("/registry/sponsorships").toString());
    page.getByLabel("Territoire parrain (labellisé)")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Épinal"));
    page.getByLabel("Territoire filleul")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bar-le-Duc"));
    Response notLabelled =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () -> page.getByText("Créer le parrainage").click());
    assertThat(notLabelled.status()).isEqualTo(409);
    assertThat(page.locator("#sponsorId-error"))
        .hasText("Un parrain doit être un territoire labellisé.");
    violations.addAll(Chromium.seriousViolations(page));
    page.getByLabel("Territoire parrain (labellisé)")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bar-le-Duc"));
    page.getByLabel("Territoire filleul")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Épinal"));
    page.getByLabel("Période").fill("2027-2028");
    page.getByText("Créer le parrainage").click();
    assertThat(page.locator("p.notice")).hasText("Parrainage créé.");
    assertThat(page.locator("#sponsorship-graph")).containsText("Épinal — proposé, 2027-2028");
    assertThat(sponsorshipOf(epinal).getString("status")).isEqualTo("PROPOSED");
    violations.addAll(Chromium.seriousViolations(page));
    Chromium.screenshot(page, "national-registry-sponsorships-edit");
    page.getByLabel("Terminer le parrainage de Épinal par Bar-le-Duc").click();
    assertThat(page.locator("p.notice")).hasText("Parrainage terminé.");
    assertThat(sponsorshipOf(epinal).getString("status")).isEqualTo("ENDED");

    // The entry is removed, only once confirmed.
    page.navigate(national.uri("/registry/territories/" + epinal).toString());
    page.getByText("Retirer ce territoire du registre…").click();
    assertThat(page.locator("h1")).hasText("Retirer « Épinal » du registre");
    assertThat(national.getAsAdmin(REGISTRY + "/" + epinal).statusCode()).isEqualTo(200);
    violations.addAll(Chromium.seriousViolations(page));
    Chromium.screenshot(page, "national-registry-remove");
    page.setViewportSize(360, 740);
    violations.addAll(Chromium.seriousViolations(page));
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).isTrue();
    page.navigate(national.uri("/registry/promos/new").toString());
    violations.addAll(Chromium.seriousViolations(page));
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).isTrue();
    page.navigate(national.uri("/registry/sponsorships").toString());
    violations.addAll(Chromium.seriousViolations(page));
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).isTrue();
    page.setViewportSize(1280, 900);
    page.navigate(national.uri("/registry/removal/" + epinal).toString());
    page.getByText("Oui, retirer du registre").click();
    assertThat(page).hasURL(national.uri("/registry?done=removed").toString());
    assertThat(page.locator("p.notice")).containsText("Territoire retiré du registre");
    assertThat(page.locator("#row-" + epinal)).hasCount(0);
    assertThat(national.getAsAdmin(REGISTRY + "/" + epinal).statusCode()).isEqualTo(404);

    // The promo is deleted after its own confirmation page.
    page.navigate(national.uri("/registry/promos").toString());
    page.getByLabel("Supprimer : Promo 7 – Printemps").click();
    violations.addAll(Chromium.seriousViolations(page));
    page.getByText("Oui, supprimer la promo").click();
    assertThat(page.locator("p.notice")).hasText("Promo supprimée.");
    assertThat(promoOrNull(7)).isNull();
    assertThat(violations).isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A territory's actor document, served from this JVM. */
  private static void serveActor(String name) throws Exception {
    KeyPair key = KeyPairs.generateRsa2048();
    URI id = actor(name);
    byte[] document =
        new ActivityStreamsCodec()
            .writeBytes(
                Actor.builder(ActorType.ORGANIZATION, id, URI.create(id + "/inbox"))
                    .preferredUsername(name)
                    .publicKey(
                        new org.essaim.federation.vocab.PublicKey(
                            URI.create(id + "#main-key"),
                            id,
                            PemKeys.encodePublicKey(key.getPublic())))
                    .build()
                    .asObject());
    territories.createContext(
        "/actors/" + name,
        exchange -> {
          if (exchange.getRequestURI().getPath().equals("/actors/" + name)) {
            exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
          } else {
            // The inbox: the aggregator's Follow is taken and left unanswered.
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(202, -1);
          }
          exchange.close();
        });
  }

  private static URI actor(String name) {
    return URI.create("http://127.0.0.1:" + territories.getAddress().getPort() + "/actors/" + name);
  }

  private static long register(
      String actor, String name, String region, String department, String country, String status) {
    return created(
        REGISTRY,
        "{\"actor\":\""
            + actor(actor)
            + "\",\"name\":\""
            + name
            + "\",\"region\":\""
            + region
            + "\","
            + (department == null ? "" : "\"department\":\"" + department + "\",")
            + "\"country\":\""
            + country
            + "\",\"labelStatus\":\""
            + status
            + "\"}");
  }

  private static long created(String path, String body) {
    HttpResponse<String> created = national.sendJsonAsAdmin("POST", path, body);
    assertThat(created.statusCode()).as(path + ": " + created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static String status(long id) {
    return json(national.getAsAdmin(REGISTRY + "/" + id)).getString("labelStatus");
  }

  private static String figure(Page page, String key) {
    return page.locator("#figure-" + key + " .figure-value").innerText().strip();
  }

  /** Whether the named territory's marker centre lies within the bounding box of an area. */
  private static boolean inside(Page page, String territory, String code) {
    Object answer =
        page.evaluate(
            "([name, code]) => {"
                + " const marker = [...document.querySelectorAll('#territory-map a.marker')]"
                + "   .find(m => m.getAttribute('aria-label').includes(name));"
                + " if (!marker) return false;"
                + " const c = marker.querySelector('circle');"
                + " const x = c.cx.baseVal.value, y = c.cy.baseVal.value;"
                + " const b = document.querySelector(`path[data-code='${code}']`).getBBox();"
                + " return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height; }",
            List.of(territory, code));
    return Boolean.TRUE.equals(answer);
  }

  private static JsonObject promo(int number) {
    JsonObject found = promoOrNull(number);
    assertThat(found).as("promo " + number).isNotNull();
    return found;
  }

  private static JsonObject promoOrNull(int number) {
    HttpResponse<String> list = national.getAsAdmin("/api/admin/registry/promos");
    assertThat(list.statusCode()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getInt("number") == number)
        .findFirst()
        .orElse(null);
  }

  private static JsonObject sponsorshipOf(long sponseeId) {
    HttpResponse<String> list = national.getAsAdmin("/api/admin/registry/sponsorships");
    assertThat(list.statusCode()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getJsonNumber("sponseeId").longValue() == sponseeId)
        .findFirst()
        .orElseThrow();
  }

  private Page desktop() {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    return context.newPage();
  }
}
