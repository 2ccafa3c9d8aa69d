// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.essaim.node.testsupport.Chromium;
import org.essaim.node.testsupport.HttpCalls;
import org.essaim.node.testsupport.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web interface in a real headless browser (Debian's chromium) against one real node: an
 * inhabitant shares a dream from a phone, sees an error next to the field, a visitor is kept out of
 * the team's pages, a team member signs in and out, the language switches to English, and axe-core
 * finds no serious accessibility violation on the main pages. Screenshots of the pages go to
 * target/screenshots (docs/user-guide.md shows some).
 */
class WebInterfaceIT {

  private static final String EDITOR = "equipe-coeur";
  private static final String EDITOR_PASSWORD = "equipe-coeur-secret";

  static NodeProcess node;
  static Chromium chromium;
  static long challengeId;
  static long eventId;
  static long projectId;
  static long sheetId;

  private BrowserContext context;

  @BeforeAll
  static void start() {
    // Trusting X-Forwarded-For lets the throttling test sign in from its own made-up address.
    node = NodeProcess.start("web-interface", Map.of("ESSAIM_HTTP_FORWARDED_TRUSTED", "true"));
    try {
      node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
      seed();
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
    } finally {
      if (node != null) {
        node.close();
      }
    }
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  /** A campaign collecting dreams, a public défi, an upcoming event and a public project. */
  private static void seed() {
    long campaign =
        created(
            "/api/campaigns",
            """
            {"name":"Crépîte 2026","localBrandName":"Crépîte","subTerritory":"Lons-le-Saunier",
             "startDate":"2026-06-01","endDate":"2027-06-30"}
            """);
    ok(
        node.sendJsonAsAdmin(
            "POST",
            "/api/campaigns/" + campaign + "/transitions",
            "{\"to\":\"COLLECTING_DREAMS\"}"));
    challengeId =
        created(
            "/api/challenges",
            """
            {"campaignId":%d,"title":"Se déplacer sans voiture",
             "statement":"Comment aller au marché, au travail ou chez le médecin sans voiture ?",
             "themes":["mobility"],"visibility":"PUBLIC"}
            """
                .formatted(campaign));
    ok(
        node.sendJsonAsAdmin(
            "POST",
            "/api/challenges/" + challengeId + "/transitions",
            "{\"to\":\"SELECTED_FOR_EVENING\"}"));
    LocalDate day = LocalDate.now().plusDays(10);
    eventId =
        created(
            "/api/events",
            """
            {"type":"IDEAS_EVENING","title":"Soirée des idées","startsAt":"%sT18:30:00",
             "endsAt":"%sT21:30:00","timeZone":"Europe/Paris",
             "place":{"venueName":"Salle des fêtes","commune":"Lons-le-Saunier"},
             "themes":["mobility"],"visibility":"PUBLIC","description":"Trois défis, trois tables."}
            """
                .formatted(day, day));
    projectId =
        created(
            "/api/projects",
            """
            {"title":"Atelier vélo partagé","summary":"Réparer son vélo ensemble, près de la gare.",
             "stage":"emergence","origin":"ACCELERATED_EXISTING","themes":["mobility"],
             "visibility":"PUBLIC"}
            """);
    sheetId =
        created(
            "/api/method-sheets",
            """
            {"title":"Animer une soirée des idées","bodyMarkdown":"## Avant\\n\\nInviter large.",
             "methodSteps":["IDEATE"],"visibility":"PUBLIC"}
            """);
    for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
      ok(
          node.sendJsonAsAdmin(
              "POST", "/api/method-sheets/" + sheetId + "/transitions", "{\"to\":\"" + to + "\"}"));
    }
  }

  // --- an inhabitant ---------------------------------------------------------------------------

  @Test
  void anInhabitantSharesADreamFromAPhoneAndTheTeamFindsItThroughTheApi() {
    Page page = phone();
    page.navigate(node.uri("/").toString());
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Partager un rêve").setExact(true))
        .first()
        .click();
    assertThat(page).hasURL(node.uri("/dreams/new").toString());
    Chromium.screenshot(page, "dream-form-phone");

    String text = "Une épicerie solidaire près de l'école " + UUID.randomUUID();
    page.getByLabel("Votre rêve, votre idée ou votre besoin").fill(text);
    page.getByLabel("Se nourrir").check();
    page.getByLabel("Se déplacer").check();
    page.getByLabel("Votre âge (facultatif)").selectOption("26_64");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Envoyer mon rêve"))
        .click();

    assertThat(page).hasURL(node.uri("/dreams/thanks").toString());
    assertThat(page.locator("h1")).hasText("Merci !");
    Chromium.screenshot(page, "dream-thanks-phone");

    JsonObject dream = teamDream(text);
    assertThat(dream.getString("state")).isEqualTo("SUBMITTED");
    assertThat(dream.getString("contributorType")).isEqualTo("INHABITANT");
    assertThat(dream.getString("ageBand")).isEqualTo("26_64");
    assertThat(dream.getJsonArray("themes").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactlyInAnyOrder("food", "mobility");
  }

  @Test
  void anInvalidAddressIsShownNextToItsFieldAndNothingIsStored() {
    Page page = desktop();
    page.navigate(node.uri("/dreams/new").toString());
    String text = "Un jardin partagé " + UUID.randomUUID();
    page.getByLabel("Votre rêve, votre idée ou votre besoin").fill(text);
    page.getByLabel("Adresse e-mail").fill("camille-at-exemple");
    page.getByLabel("J'accepte que l'équipe du territoire me recontacte").check();
    Response answer =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () -> page.getByText("Envoyer mon rêve").click());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Erreur : Partager un rêve"));
    assertThat(page.locator("#contactEmail-error")).containsText("ne semble pas valide");
    assertThat(page.locator("#contactEmail")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#contactEmail"))
        .hasAttribute("aria-describedby", "contactEmail-error contact-hint");
    // What the visitor typed is still there; the summary links to the field.
    assertThat(page.locator("#text")).hasValue(text);
    assertThat(page.locator("#contactEmail")).hasValue("camille-at-exemple");
    assertThat(page.locator(".error-summary a[href='#contactEmail']")).isVisible();
    Chromium.screenshot(page, "dream-form-error");

    assertThat(teamDreams(text)).isEmpty();
  }

  @Test
  void aFormPostedWithoutTheSessionsTokenIsRefused() {
    String text = "Rêve forgé " + UUID.randomUUID();
    HttpResponse<String> forged =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/dreams/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "contributorType=INHABITANT&text="
                            + URLEncoder.encode(text, StandardCharsets.UTF_8)
                            + "&_csrf=made-up"))
                .build());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(teamDreams(text)).isEmpty();
  }

  @Test
  void aBotFillingTheHiddenFieldIsThankedAndNothingIsStored() {
    FormSession form = FormSession.open("/dreams/new", "198.51.100.7");
    String text = "Rêve de robot " + UUID.randomUUID();
    HttpResponse<String> answer =
        form.post(
            "/dreams/new",
            "contributorType=INHABITANT&website=http%3A%2F%2Fspam.example&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/dreams/thanks");
    assertThat(teamDreams(text)).isEmpty();

    // The same session and token without the trap: stored.
    HttpResponse<String> real =
        form.post(
            "/dreams/new",
            "contributorType=INHABITANT&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertThat(real.statusCode()).as(real.body()).isEqualTo(303);
    assertThat(teamDreams(text)).hasSize(1);
  }

  @Test
  void signInAttemptsAreLimitedPerAddress() {
    FormSession form = FormSession.open("/login", "203.0.113.44");
    String wrong = "username=" + EDITOR + "&password=guess&next=%2Fteam";
    for (int i = 0; i < 20; i++) {
      assertThat(form.post("/login", wrong).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> blocked =
        form.post("/login", "username=" + EDITOR + "&password=" + EDITOR_PASSWORD);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    assertThat(blocked.body()).contains("Trop de tentatives de connexion");
    // Another address still signs in.
    HttpResponse<String> other =
        FormSession.open("/login", "203.0.113.45")
            .post("/login", "username=" + EDITOR + "&password=" + EDITOR_PASSWORD);
    assertThat(other.statusCode()).isEqualTo(303);
    assertThat(other.headers().firstValue("Location")).hasValue("/team");
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    HttpResponse<String> home = node.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline"));
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.body()).doesNotContain("<script");
    HttpResponse<String> css = node.get("/static/essaim.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void anUnknownAddressShowsAPageToBrowsersAndAProblemToApiClients() {
    Page page = desktop();
    Response missing = page.navigate(node.uri("/nowhere-at-all").toString());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.headerValue("content-type")).startsWith("text/html");
    assertThat(page.locator("h1")).hasText("Page introuvable");

    HttpResponse<String> forApi = node.get("/nowhere-at-all");
    assertThat(forApi.statusCode()).isEqualTo(404);
    assertThat(forApi.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    // Under /api a browser still gets the problem document.
    Response apiMissing = page.navigate(node.uri("/api/nowhere-at-all").toString());
    assertThat(apiMissing.status()).isEqualTo(404);
    assertThat(apiMissing.headerValue("content-type")).startsWith("application/problem+json");
  }

  // --- visitors and the team -------------------------------------------------------------------

  @Test
  void aVisitorIsSentToTheLoginPageAndATeamMemberGetsIn() {
    // Without a browser: the team's page answers a visitor with a redirect, never its content.
    HttpResponse<String> refused = node.get("/team");
    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(refused.headers().firstValue("Location")).hasValue("/login?next=%2Fteam");

    Page page = desktop();
    page.navigate(node.uri("/team").toString());
    assertThat(page).hasURL(node.uri("/login?next=%2Fteam").toString());
    assertThat(page.locator("h1")).hasText("Connexion de l'équipe");
    Chromium.screenshot(page, "login");

    page.getByLabel("Identifiant").fill(EDITOR);
    page.getByLabel("Mot de passe").fill("not-the-password");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Se connecter"))
        .click();
    assertThat(page.locator("#login-error")).hasText("Identifiant ou mot de passe incorrect.");

    page.getByLabel("Mot de passe").fill(EDITOR_PASSWORD);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Se connecter"))
        .click();
    assertThat(page).hasURL(node.uri("/team").toString());
    assertThat(page.locator("h1")).hasText("Espace équipe");
    assertThat(page.locator("footer")).containsText(EDITOR);
    Chromium.screenshot(page, "team");

    // The session signs in the HTML pages only: the API still wants HTTP Basic.
    APIResponse api = page.request().get(node.uri("/api/moderation/dreams").toString());
    assertThat(api.status()).isEqualTo(401);

    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Se déconnecter"))
        .click();
    assertThat(page).hasURL(node.uri("/").toString());
    page.navigate(node.uri("/team").toString());
    assertThat(page).hasURL(node.uri("/login?next=%2Fteam").toString());
  }

  @Test
  void aSignedInMemberWithoutARoleGetsTheForbiddenPage() {
    node.createAccountWithoutRole("ancien-membre", EDITOR);
    Page page = desktop();
    page.navigate(node.uri("/login").toString());
    page.getByLabel("Identifiant").fill("ancien-membre");
    page.getByLabel("Mot de passe").fill(EDITOR_PASSWORD);
    Response answer =
        page.waitForResponse(
            r -> r.url().endsWith("/team"),
            () ->
                page.getByText("Se connecter", new Page.GetByTextOptions().setExact(true)).click());
    assertThat(answer.status()).isEqualTo(403);
    assertThat(page.locator("h1")).hasText("Accès refusé");
  }

  // --- languages and accessibility -------------------------------------------------------------

  @Test
  void theVisitorSwitchesToEnglishAndTheChoiceIsRemembered() {
    Page page = desktop();
    page.navigate(node.uri("/events").toString());
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("English"))
        .click();
    assertThat(page).hasURL(node.uri("/events").toString());
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).hasText("Events");

    page.navigate(node.uri("/dreams/new").toString());
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).hasText("Share a dream");
    assertThat(page.getByLabel("Sustainable food")).isVisible();
    Chromium.screenshot(page, "dream-form-en");

    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Français"))
        .click();
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
  }

  @Test
  void theMainPagesHaveNoSeriousAccessibilityViolations() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("dream-form", "/dreams/new");
    pages.put("challenges", "/challenges");
    pages.put("challenge", "/challenges/" + challengeId);
    pages.put("events", "/events");
    pages.put("event", "/events/" + eventId);
    pages.put("projects", "/projects");
    pages.put("project", "/projects/" + projectId);
    pages.put("login", "/login");
    pages.put("method-sheets", "/method-sheets");
    pages.put("method-sheet", "/method-sheets/" + sheetId);
    pages.put("solutions", "/solutions");
    pages.put("network-search", "/network/search?q=voiture");
    pages.put("not-found", "/projects/999999");
    // axe-core is injected as a script: this context alone ignores the pages' CSP.
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    List<String> violations = new ArrayList<>();
    pages.forEach(
        (name, path) -> {
          Response response = page.navigate(node.uri(path).toString());
          assertThat(response.status()).as(path).isEqualTo(name.equals("not-found") ? 404 : 200);
          Chromium.screenshot(page, name);
          Chromium.seriousViolations(page).forEach(v -> violations.add(path + ": " + v));
        });
    // The same on a 360 px wide phone, where the layout changes.
    page.setViewportSize(360, 740);
    for (String path :
        List.of("/", "/dreams/new", "/events/" + eventId, "/network/search?q=voiture")) {
      page.navigate(node.uri(path).toString());
      Chromium.seriousViolations(page).forEach(v -> violations.add(path + " (360 px): " + v));
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"))
          .as("no horizontal scrolling at 360 px on " + path)
          .isTrue();
    }
    Chromium.screenshot(page, "event-phone");
    assertThat(violations).isEmpty();
  }

  @Test
  void theBackOfficePagesHaveNoSeriousAccessibilityViolations() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team");
    List<String> violations = new ArrayList<>();
    List<String> paths =
        List.of(
            "/team",
            "/team/dreams",
            "/team/challenges",
            "/team/challenges/group",
            "/team/projects",
            "/team/projects/new",
            "/team/projects/" + projectId,
            "/team/sheets",
            "/team/sheets/new",
            "/team/sheets/" + sheetId,
            "/team/sheets/" + sheetId + "/versions",
            "/team/events",
            "/team/events/" + eventId,
            "/team/visibility");
    for (String path : paths) {
      Response response = page.navigate(node.uri(path).toString());
      assertThat(response.status()).as(path).isEqualTo(200);
      Chromium.seriousViolations(page).forEach(v -> violations.add(path + ": " + v));
    }
    page.setViewportSize(360, 740);
    for (String path : paths) {
      page.navigate(node.uri(path).toString());
      Chromium.seriousViolations(page).forEach(v -> violations.add(path + " (360 px): " + v));
      assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"))
          .as("no horizontal scrolling at 360 px on " + path)
          .isTrue();
    }
    Chromium.screenshot(page, "team-grouping-phone");
    assertThat(violations).isEmpty();
  }

  @Test
  void theHomePageShowsTheCampaignTheFiguresAndTheNextEvent() {
    Page page = desktop();
    page.navigate(node.uri("/").toString());
    assertThat(page.locator("#campaign-title + p")).containsText("Crépîte 2026");
    assertThat(page.getByText("collecte des rêves en cours", new Page.GetByTextOptions()))
        .isVisible();
    assertThat(page.locator(".figures li")).hasCount(5);
    assertThat(
            page.getByRole(
                com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Soirée des idées")))
        .isVisible();
    page.navigate(node.uri("/events/" + eventId).toString());
    assertThat(page.locator("a[href='/api/events/" + eventId + ".ics']")).isVisible();
    HttpResponse<String> ics = node.get("/api/events/" + eventId + ".ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.body()).contains("SUMMARY:Soirée des idées");
  }

  // --- the team's back-office ------------------------------------------------------------------

  @Test
  void aTeamMemberModeratesAnInhabitantsDreamAndGroupsItIntoADefiTheVisitorsThenSee() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String text = "Un minibus solidaire pour aller au marché du samedi " + suffix;
    // The inhabitant, on a phone.
    Page inhabitant = phone();
    inhabitant.navigate(node.uri("/dreams/new").toString());
    inhabitant.getByLabel("Votre rêve, votre idée ou votre besoin").fill(text);
    inhabitant.getByLabel("Se déplacer").check();
    inhabitant
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Envoyer mon rêve"))
        .click();
    assertThat(inhabitant).hasURL(node.uri("/dreams/thanks").toString());
    context.close();
    // Not yet public: the défi page will only show it once moderated and grouped.
    long dreamId = teamDream(text).getJsonNumber("id").longValue();

    Page page = desktop();
    signIn(page, "/team/dreams");
    assertThat(page.locator("h1")).hasText("Rêves à modérer");
    com.microsoft.playwright.Locator card = page.locator("#dream-" + dreamId);
    assertThat(card).containsText(text);
    Chromium.screenshot(page, "team-dreams");
    card.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Publier"))
        .click();
    assertThat(page).hasURL(node.uri("/team/dreams?done=PUBLISHED").toString());
    assertThat(page.locator(".notice")).containsText("Le rêve est publié");
    assertThat(page.locator("#dream-" + dreamId)).hasCount(0);
    assertThat(teamDream(text).getString("state")).isEqualTo("PUBLISHED");

    // Grouping: first without a title, the error shows next to the field; then for real.
    page.navigate(node.uri("/team/challenges/group").toString());
    page.getByLabel(text).check();
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () -> page.getByText("Regrouper", new Page.GetByTextOptions().setExact(true)).click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#title-error")).containsText("Donnez un titre au défi");
    assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
    assertThat(page.getByLabel(text)).isChecked();
    Chromium.screenshot(page, "team-grouping-error");
    String title = "Aller au marché sans voiture " + suffix;
    page.getByLabel("Titre du défi").fill(title);
    page.getByLabel("Le défi en une question")
        .fill("Comment aller au marché du samedi quand on n'a pas de voiture ?");
    page.getByLabel("Qui peut le voir").selectOption("PUBLIC");
    page.getByText("Regrouper", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(node.uri("/team/challenges?done=grouped").toString());
    com.microsoft.playwright.Locator defi =
        page.locator("li.card")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
    assertThat(defi).containsText("en cours d'écriture");
    assertThat(defi).containsText("1 rêve");
    assertThat(teamDream(text).getString("state")).isEqualTo("CLUSTERED");
    // A draft is the team's: not on the public page yet.
    assertThat(node.get("/challenges").body()).doesNotContain(title);

    // A second inhabitant's dream like it: the page suggests it for this défi.
    String like = "Un minibus pour aller au marché sans voiture " + suffix;
    HttpResponse<String> posted =
        FormSession.open("/dreams/new", "192.0.2.77")
            .post(
                "/dreams/new",
                "contributorType=INHABITANT&text="
                    + URLEncoder.encode(like, StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).isEqualTo(303);
    long likeId = teamDream(like).getJsonNumber("id").longValue();
    page.navigate(node.uri("/team/dreams").toString());
    page.locator("#dream-" + likeId)
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Publier"))
        .click();
    page.navigate(node.uri("/team/challenges").toString());
    defi.getByText("Ajouter des rêves à ce défi").click();
    assertThat(page.locator("h2.subhead").first()).containsText("Rêves qui ressemblent au défi");
    assertThat(page.locator("fieldset#dreams .choice").first()).containsText(like);
    Chromium.screenshot(page, "team-grouping");

    // Selected for the ideas evening: the défi is public, with its dream.
    page.navigate(node.uri("/team/challenges").toString());
    defi.getByText("Retenir pour une soirée des idées (le publier)").click();
    assertThat(page).hasURL(node.uri("/team/challenges?done=moved").toString());
    assertThat(defi).containsText("retenu pour une soirée des idées");
    Chromium.screenshot(page, "team-challenges");

    Page visitor = desktop();
    visitor.navigate(node.uri("/challenges").toString());
    visitor
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName(title))
        .click();
    assertThat(visitor.locator("h1")).hasText(title);
    assertThat(visitor.locator("main")).containsText(text);
  }

  @Test
  void theBackOfficeIsRefusedToVisitorsMembersWithoutARoleAndForgedPosts() {
    for (String path :
        List.of(
            "/team/dreams",
            "/team/challenges",
            "/team/challenges/group",
            "/team/projects",
            "/team/projects/new",
            "/team/sheets",
            "/team/events",
            "/team/visibility",
            "/team/accounts",
            "/team/gdpr")) {
      HttpResponse<String> visitor = node.get(path);
      assertThat(visitor.statusCode()).as(path).isEqualTo(303);
      assertThat(visitor.headers().firstValue("Location"))
          .hasValue("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
    // A visitor's post (no session at all) changes nothing.
    String text = "Rêve à ne pas publier " + UUID.randomUUID();
    FormSession.open("/dreams/new", "192.0.2.78")
        .post(
            "/dreams/new",
            "contributorType=INHABITANT&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    JsonObject dream = teamDream(text);
    HttpResponse<String> post =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(node.uri("/team/dreams"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "decision=PUBLISHED&dream="
                            + dream.getJsonNumber("id")
                            + "&version="
                            + dream.getJsonNumber("version")))
                .build());
    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(teamDream(text).getString("state")).isEqualTo("SUBMITTED");

    // A member without a role sees the forbidden page.
    node.createAccountWithoutRole("ancien-benevole", EDITOR);
    Page page = desktop();
    page.navigate(node.uri("/login").toString());
    page.getByLabel("Identifiant").fill("ancien-benevole");
    page.getByLabel("Mot de passe").fill(EDITOR_PASSWORD);
    page.getByText("Se connecter", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("h1")).hasText("Accès refusé");
    Response forbidden = page.navigate(node.uri("/team/challenges/group").toString());
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(page.locator("h1")).hasText("Accès refusé");
    context.close();

    // An editor's post without the session's token: refused, nothing changes.
    Page editor = desktop();
    signIn(editor, "/team/dreams");
    APIResponse forged =
        editor
            .request()
            .post(
                node.uri("/team/dreams").toString(),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("decision", "PUBLISHED")
                            .set("dream", Long.toString(dream.getJsonNumber("id").longValue()))
                            .set("version", dream.getJsonNumber("version").toString())
                            .set("_csrf", "made-up")));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(teamDream(text).getString("state")).isEqualTo("SUBMITTED");

    // The same on the new back-office forms: a forged token creates no project, moves nothing.
    long projects = projectCount();
    APIResponse forgedProject =
        editor
            .request()
            .post(
                node.uri("/team/projects/new").toString(),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("title", "Projet forgé")
                            .set("stage", "idea")
                            .set("origin", "ACCELERATED_EXISTING")
                            .set("_csrf", "made-up")));
    assertThat(forgedProject.status()).isEqualTo(403);
    assertThat(projectCount()).isEqualTo(projects);
    JsonObject project = json(node.getAsAdmin("/api/projects/" + projectId));
    APIResponse forgedMove =
        editor
            .request()
            .post(
                node.uri("/team/projects/" + projectId + "/stage").toString(),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("to", "swarming")
                            .set("version", project.getJsonNumber("version").toString())
                            .set("_csrf", "made-up")));
    assertThat(forgedMove.status()).isEqualTo(403);
    assertThat(forgedMove.text()).contains("Le formulaire a expiré");
    assertThat(json(node.getAsAdmin("/api/projects/" + projectId)).getString("stage"))
        .isEqualTo(project.getString("stage"));
    // An editor may read the visibility defaults, not change them; unknown addresses are 404.
    editor.navigate(node.uri("/team/visibility").toString());
    String token = editor.locator("input[name=_csrf]").first().getAttribute("value");
    APIResponse editorChange =
        editor
            .request()
            .post(
                node.uri("/team/visibility").toString(),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("kind", "PROJECT")
                            .set("visibility", "PRIVATE")
                            .set("version", "0")
                            .set("_csrf", token)));
    assertThat(editorChange.status()).isEqualTo(403);
    assertThat(node.getAsAdmin("/api/visibility-defaults").body()).doesNotContain("PRIVATE");
    for (String path :
        List.of(
            "/team/projects/abc", "/team/projects/0", "/team/sheets/1/state", "/team/events/x")) {
      assertThat(editor.navigate(node.uri(path).toString()).status()).as(path).isEqualTo(404);
    }
  }

  @Test
  void aTeamMemberCreatesAProjectMovesItsStageAndVisitorsSeeIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Recyclerie du quartier " + suffix;
    Page page = desktop();
    signIn(page, "/team/projects");
    assertThat(page.locator("h1")).hasText("Les projets de l'équipe");
    page.getByText("Nouveau projet", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(node.uri("/team/projects/new").toString());

    // Without a title: the error shows next to the field, what was typed stays, nothing is stored.
    long before = projectCount();
    String summary = "Donner une seconde vie aux objets du quartier " + suffix;
    page.getByLabel("Résumé").fill(summary);
    page.getByLabel("Un projet existant que le territoire accélère").check();
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Créer le projet", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Erreur : Nouveau projet"));
    assertThat(page.locator("#title-error")).hasText("Donnez un titre au projet.");
    assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#title")).hasAttribute("aria-describedby", "title-error");
    assertThat(page.locator("#summary")).hasValue(summary);
    assertThat(page.locator(".error-summary a[href='#title']")).isVisible();
    Chromium.screenshot(page, "team-project-form-error");
    assertThat(projectCount()).isEqualTo(before);

    page.getByLabel("Titre du projet").fill(title);
    page.getByLabel("Qui peut le voir").selectOption("PUBLIC");
    page.getByText("Créer le projet", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(node.uri("/team/projects?done=created").toString());
    assertThat(page.locator(".notice")).hasText("Le projet est créé.");
    assertThat(projectCount()).isEqualTo(before + 1);
    com.microsoft.playwright.Locator card =
        page.locator("li.card")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
    String id = card.getAttribute("id").substring("project-".length());
    JsonObject stored = json(node.getAsAdmin("/api/projects/" + id));
    assertThat(stored.getString("stage")).isEqualTo("idea");
    assertThat(stored.getString("origin")).isEqualTo("ACCELERATED_EXISTING");
    assertThat(stored.getString("summary")).isEqualTo(summary);

    // An editor moves it forward: the public page shows the new stage.
    card.locator("select[name=to]").selectOption("launched");
    card.getByText(
            "Changer d'étape",
            new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(page).hasURL(node.uri("/team/projects?done=moved").toString());
    String launched = card.locator(".project-stage").textContent();
    assertThat(json(node.getAsAdmin("/api/projects/" + id)).getString("stage"))
        .isEqualTo("launched");
    Chromium.screenshot(page, "team-projects");
    // Moving back is for administrators: an editor is not offered the earlier stages.
    assertThat(card.locator("select[name=to] option[value=idea]")).hasCount(0);

    // The edit form keeps what it does not show, and saves with the version it started from.
    page.navigate(node.uri("/team/projects/" + id).toString());
    page.getByLabel("Description").fill("Un local ouvert le samedi.");
    page.getByText("Enregistrer les modifications", new Page.GetByTextOptions().setExact(true))
        .click();
    assertThat(page).hasURL(node.uri("/team/projects?done=saved").toString());
    assertThat(json(node.getAsAdmin("/api/projects/" + id)).getString("description"))
        .isEqualTo("Un local ouvert le samedi.");

    Page visitor = desktop();
    visitor.navigate(node.uri("/projects/" + id).toString());
    assertThat(visitor.locator("h1")).hasText(title);
    assertThat(visitor.locator("main")).containsText(launched);
  }

  @Test
  void aMethodSheetIsWrittenAndEachChangeOfItsTextIsANewVersion() {
    String title = "Trouver un local associatif " + UUID.randomUUID().toString().substring(0, 8);
    Page page = desktop();
    signIn(page, "/team/sheets/new");
    // No step of the method ticked: refused next to the field.
    page.getByLabel("Titre de la fiche").fill(title);
    page.getByLabel("Le texte de la fiche (Markdown)").fill("## Où chercher\n\n- la mairie");
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Créer la fiche", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#methodSteps-error"))
        .hasText("Cochez au moins une étape de la méthode.");
    assertThat(page.locator("#title")).hasValue(title);
    page.getByLabel("Partenaires").check();
    page.getByText("Créer la fiche", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page)
        .hasURL(java.util.regex.Pattern.compile("/team/sheets/[0-9]+/versions\\?done=created$"));
    assertThat(page.locator("table.versions tbody tr")).hasCount(1);
    assertThat(page.locator("#version-1")).containsText(EDITOR);
    assertThat(page.locator(".sheet-body h2")).hasText("Où chercher");

    page.getByText("Modifier la fiche", new Page.GetByTextOptions().setExact(true)).click();
    page.getByLabel("Le texte de la fiche (Markdown)")
        .fill("## Où chercher\n\n- la mairie\n- les bailleurs sociaux");
    page.getByLabel("Ce qui change (facultatif)").fill("Ajout des bailleurs sociaux");
    page.getByText("Enregistrer les modifications", new Page.GetByTextOptions().setExact(true))
        .click();
    assertThat(page)
        .hasURL(java.util.regex.Pattern.compile("/team/sheets/[0-9]+/versions\\?done=saved$"));
    assertThat(page.locator("table.versions tbody tr")).hasCount(2);
    assertThat(page.locator("#version-2")).containsText("Ajout des bailleurs sociaux");
    assertThat(page.locator(".sheet-body")).containsText("les bailleurs sociaux");
    Chromium.screenshot(page, "team-sheet-versions");

    // Saved again unchanged: no new version.
    page.getByText("Modifier la fiche", new Page.GetByTextOptions().setExact(true)).click();
    page.getByText("Enregistrer les modifications", new Page.GetByTextOptions().setExact(true))
        .click();
    assertThat(page.locator("table.versions tbody tr")).hasCount(2);
  }

  @Test
  void anAdministratorCreatesAnEditorAccountWhoIsThenRefusedTheAccountsPage() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team/accounts", "admin", NodeProcess.ADMIN_PASSWORD);
    assertThat(page.locator("h1")).hasText("Les comptes de l'équipe");
    assertThat(page.locator("#account-admin")).containsText("Administrateur");
    List<String> violations = new ArrayList<>(Chromium.seriousViolations(page));

    String username = "animatrice-" + UUID.randomUUID().toString().substring(0, 6);
    page.getByLabel("Identifiant", new Page.GetByLabelOptions().setExact(true)).fill(username);
    page.getByLabel("Mot de passe initial").fill("court");
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Créer le compte", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#password-error")).containsText("entre 12 et 128 caractères");
    assertThat(page.locator("#username")).hasValue(username);
    assertThat(node.getAsAdmin("/api/accounts/" + username).statusCode()).isEqualTo(404);

    page.getByLabel("Mot de passe initial").fill("un-mot-de-passe-solide");
    page.getByLabel("Membre de l'équipe cœur (édition)").check();
    page.getByText("Créer le compte", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("Le compte « " + username + " » est créé.");
    assertThat(page.locator("#account-" + username)).containsText("Membre de l'équipe cœur");
    assertThat(json(node.getAsAdmin("/api/accounts/" + username)).toString()).contains("editor");
    Chromium.screenshot(page, "team-accounts");
    page.setViewportSize(360, 740);
    page.reload();
    violations.addAll(Chromium.seriousViolations(page));
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).isTrue();
    // The visibility defaults: an administrator changes one.
    page.setViewportSize(1280, 900);
    page.navigate(node.uri("/team/visibility").toString());
    violations.addAll(Chromium.seriousViolations(page));
    com.microsoft.playwright.Locator directory = page.locator("#kind-ORGANIZATION");
    directory.getByLabel("Nouveau réglage").selectOption("NODE_PUBLIC");
    directory
        .getByText(
            "Enregistrer", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(page).hasURL(node.uri("/team/visibility?done=saved").toString());
    assertThat(page.locator("#kind-ORGANIZATION strong"))
        .hasText("Tout le monde, sur ce site seulement");
    assertThat(
            json(node.getAsAdmin("/api/visibility-defaults/organization")).getString("visibility"))
        .isEqualTo("NODE_PUBLIC");
    assertThat(violations).isEmpty();
    context.close();

    // The new editor signs in, works on the team's pages, but not on the accounts.
    Page editor = desktop();
    signIn(editor, "/team/projects", username, "un-mot-de-passe-solide");
    assertThat(editor.locator("h1")).hasText("Les projets de l'équipe");
    Response forbidden = editor.navigate(node.uri("/team/accounts").toString());
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(editor.locator("h1")).hasText("Accès refusé");
    APIResponse forged =
        editor
            .request()
            .post(
                node.uri("/team/accounts").toString(),
                com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("username", "intrus-" + username)
                            .set("password", "un-mot-de-passe-solide")
                            .set("role", "ADMIN")));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(node.getAsAdmin("/api/accounts/intrus-" + username).statusCode()).isEqualTo(404);
  }

  @Test
  void thePublicReadsAPublishedMethodSheetFromTheNavigation() {
    Page page = desktop();
    page.navigate(node.uri("/").toString());
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Fiches pratiques").setExact(true))
        .click();
    assertThat(page).hasURL(node.uri("/method-sheets").toString());
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Animer une soirée des idées"))
        .click();
    assertThat(page.locator("h1")).hasText("Animer une soirée des idées");
    // The Markdown, rendered and sanitised when written.
    assertThat(page.locator(".sheet-body h2")).hasText("Avant");
    assertThat(page.locator("main")).containsText("Soirée d'idéation");
    Chromium.screenshot(page, "method-sheet");
    // A draft stays the team's.
    long draft =
        created(
            "/api/method-sheets",
            """
            {"title":"Brouillon interne","bodyMarkdown":"Pas encore.","methodSteps":["IMPACT"],
             "visibility":"PUBLIC"}
            """);
    assertThat(node.get("/method-sheets/" + draft).statusCode()).isEqualTo(404);
    assertThat(node.get("/method-sheets").body()).doesNotContain("Brouillon interne");
    assertThat(node.get("/solutions").statusCode()).isEqualTo(200);
  }

  @Test
  void theTeamRecordsWhatAnEventCountedAndThatItTookPlace() {
    LocalDate day = LocalDate.now().minusDays(3);
    long id =
        created(
            "/api/events",
            """
            {"type":"DREAM_COLLECTION","title":"Stand au marché","startsAt":"%sT09:00:00",
             "endsAt":"%sT12:00:00","timeZone":"Europe/Paris",
             "place":{"venueName":"Place du marché","commune":"Lons-le-Saunier"},
             "visibility":"PUBLIC"}
            """
                .formatted(day, day));
    Page page = desktop();
    signIn(page, "/team/events/" + id);
    assertThat(page.locator("h1")).hasText("Stand au marché");
    // More participants than people present: the domain's rule, next to the field.
    page.getByLabel("Participants").fill("40");
    page.getByLabel("Personnes présentes en tout, public compris").fill("30");
    page.getByLabel("Rêves recueillis").fill("douze");
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () -> page.getByText("Enregistrer les chiffres").click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#dreamCount-error")).containsText("nombre entier");
    assertThat(page.locator("#dreamCount")).hasValue("douze");
    page.getByLabel("Rêves recueillis").fill("57");
    page.getByText("Enregistrer les chiffres").click();
    assertThat(page.locator("#participantCount-error")).isVisible();
    JsonObject unchanged = json(node.getAsAdmin("/api/events/" + id));
    assertThat(
            unchanged.containsKey("counts")
                && unchanged.get("counts") instanceof JsonObject c
                && c.containsKey("dreamCount"))
        .as("nothing counted yet")
        .isFalse();

    page.getByLabel("Personnes présentes en tout, public compris").fill("45");
    page.getByText("Enregistrer les chiffres").click();
    assertThat(page).hasURL(node.uri("/team/events/" + id + "?done=counted").toString());
    JsonObject counts = json(node.getAsAdmin("/api/events/" + id)).getJsonObject("counts");
    assertThat(counts.getInt("participantCount")).isEqualTo(40);
    assertThat(counts.getInt("dreamCount")).isEqualTo(57);
    page.getByText("Il a eu lieu").click();
    assertThat(page).hasURL(node.uri("/team/events/" + id + "?done=moved").toString());
    assertThat(page.locator("h1 + p .event-state")).hasText("a eu lieu");
    assertThat(json(node.getAsAdmin("/api/events/" + id)).getString("state")).isEqualTo("HELD");
    Chromium.screenshot(page, "team-event");
  }

  @Test
  void anAdministratorSeesAPersonsDataThenErasesItAfterConfirming() {
    String email = "camille." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
    String text = "Une ressourcerie " + UUID.randomUUID();
    HttpResponse<String> posted =
        FormSession.open("/dreams/new", "192.0.2.90")
            .post(
                "/dreams/new",
                "contributorType=INHABITANT&contactConsent=on&contactEmail="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&text="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
    assertThat(teamDreams(text)).hasSize(1);

    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team/gdpr", "admin", NodeProcess.ADMIN_PASSWORD);
    List<String> violations = new ArrayList<>(Chromium.seriousViolations(page));
    page.getByLabel("Adresse e-mail de la personne").fill("pas-une-adresse");
    page.getByText("Voir ses données").click();
    assertThat(page.locator("#email-error")).hasText("Donnez une adresse e-mail valide.");

    page.getByLabel("Adresse e-mail de la personne").fill(email.toUpperCase(java.util.Locale.ROOT));
    page.getByText("Voir ses données").click();
    assertThat(page.locator("#held")).containsText(text);
    // The address never goes into an address bar.
    assertThat(page.url()).doesNotContain("exemple");

    page.getByText("Effacer ses données…").click();
    assertThat(page.locator("#held")).containsText(text);
    Chromium.screenshot(page, "team-gdpr-confirm");
    violations.addAll(Chromium.seriousViolations(page));
    assertThat(teamDreams(text)).hasSize(1);
    page.getByText("Oui, tout effacer").click();
    assertThat(page.locator("#erasure-report")).containsText("1 rêve");
    assertThat(page.locator("#email")).hasValue("");
    assertThat(teamDreams(text)).isEmpty();
    violations.addAll(Chromium.seriousViolations(page));
    assertThat(violations).isEmpty();
    context.close();

    // An editor is refused the page.
    Page editor = desktop();
    signIn(editor, "/team");
    assertThat(editor.navigate(node.uri("/team/gdpr").toString()).status()).isEqualTo(403);
  }

  // --- the network search ----------------------------------------------------------------------

  @Test
  void aNetworkSearchNarrowedByAFacetValue() {
    created(
        "/api/projects",
        """
        {"title":"Autopartage au village","summary":"Partager une voiture entre voisins.",
         "stage":"emergence","origin":"ACCELERATED_EXISTING","themes":["mobility"],
         "visibility":"PUBLIC"}
        """);
    // The index follows the database: wait until both the défi and the project are found.
    org.essaim.node.testsupport.Eventually.until(
        "the search finds the défi and the project",
        java.time.Duration.ofSeconds(30),
        () -> json(node.get("/api/search?q=voiture")).getInt("totalItems") >= 2);

    Page page = desktop();
    page.navigate(node.uri("/").toString());
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Rechercher dans le réseau"))
        .click();
    page.getByLabel("Que cherchez-vous ?").fill("voiture");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Rechercher"))
        .click();
    assertThat(page).hasURL(node.uri("/network/search?q=voiture").toString());
    com.microsoft.playwright.Locator results = page.locator("ol.results > li");
    int before = results.count();
    assertThat(before).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#results-title")).hasText(before + " résultats");
    assertThat(page.locator("ol.results mark").first()).hasText("voiture");
    // Each result names its territory and links to it.
    assertThat(results.first().locator(".meta a")).hasText("Mon territoire");
    assertThat(results.first().locator(".meta a")).hasAttribute("href", "/");
    assertThat(results.first()).containsText("ce territoire");
    com.microsoft.playwright.Locator kinds =
        page.locator("section.facet")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Type"));
    assertThat(kinds.getByText("Défi")).isVisible();
    Chromium.screenshot(page, "network-search");

    kinds
        .getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Défi"))
        .click();
    assertThat(page).hasURL(node.uri("/network/search?q=voiture&kind=CHALLENGE").toString());
    assertThat(results.first()).containsText("Défi");
    int after = results.count();
    assertThat(after).isLessThan(before);
    assertThat(page.locator("#results-title")).containsText(after + " résultat");
    assertThat(page.locator("ol.results")).not().containsText("Autopartage au village");
    // The territory facet counts only the défis now; the filter is shown, removable.
    assertThat(
            page.locator("section.facet")
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Territoire")))
        .containsText("(" + after + ")");
    assertThat(page.locator(".active-filters")).containsText("Type : Défi");
    Chromium.screenshot(page, "network-search-facet");
    page.locator(".active-filters a").first().click();
    assertThat(page).hasURL(node.uri("/network/search?q=voiture").toString());
    assertThat(results).hasCount(before);

    // A misspelt word: searched as the nearest known one, and said so.
    page.navigate(node.uri("/network/search?q=voitrue").toString());
    assertThat(page.locator("#corrected")).containsText("Résultats pour « voiture »");
    // Two words, one nowhere: the results with part of them, and said so.
    page.navigate(node.uri("/network/search?q=voiture+zzqxw").toString());
    assertThat(page.locator("#some-words")).isVisible();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A form page fetched without a browser: its session cookie and CSRF token, then posts. */
  private record FormSession(String cookie, String token, String address) {

    private static final java.util.regex.Pattern TOKEN =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static FormSession open(String path, String address) {
      HttpResponse<String> page =
          HttpCalls.send(
              node.http(),
              HttpCalls.request(node.uri(path)).header("X-Forwarded-For", address).GET().build());
      assertThat(page.statusCode()).isEqualTo(200);
      String cookie =
          page.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID="))
              .map(c -> c.substring(0, c.indexOf(';')))
              .findFirst()
              .orElseThrow();
      java.util.regex.Matcher token = TOKEN.matcher(page.body());
      assertThat(token.find()).isTrue();
      return new FormSession(cookie, token.group(1), address);
    }

    HttpResponse<String> post(String path, String form) {
      return HttpCalls.send(
          node.http(),
          HttpCalls.request(node.uri(path))
              .header("Cookie", cookie)
              .header("X-Forwarded-For", address)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token))
              .build());
    }
  }

  @Test
  void anAdministratorChangesARoleAndDisablesAnAccountWhichCanNoLongerSignIn() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String promoted = "promue-" + suffix;
    String leaving = "partant-" + suffix;
    node.createAccount(promoted, "un-mot-de-passe-solide", "editor");
    node.createAccount(leaving, "un-mot-de-passe-solide", "editor");
    // The account about to be disabled is signed in, in its own browser.
    BrowserContext leavingBrowser =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page leavingPage = leavingBrowser.newPage();
    signIn(leavingPage, "/team", leaving, "un-mot-de-passe-solide");

    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team/accounts", "admin", NodeProcess.ADMIN_PASSWORD);
    page.getByLabel("Modifier le compte " + promoted).click();
    com.microsoft.playwright.Locator change = page.locator("#change");
    assertThat(change.locator("h2")).hasText("Modifier le compte « " + promoted + " »");
    List<String> violations = new ArrayList<>(Chromium.seriousViolations(page));
    change.getByLabel("Administrateur ou administratrice").check();
    change.getByText("Vérifier le changement…").click();
    assertThat(page.locator("#confirm-change"))
        .containsText(
            "passera de « Membre de l'équipe cœur (édition) » à « Administrateur ou"
                + " administratrice »");
    // Nothing is changed before the confirmation.
    assertThat(json(node.getAsAdmin("/api/accounts/" + promoted)).toString())
        .doesNotContain("\"admin\"");
    violations.addAll(Chromium.seriousViolations(page));
    Chromium.screenshot(page, "team-accounts-confirm");
    page.getByText("Oui, appliquer").click();
    assertThat(page.locator(".notice")).hasText("Le compte « " + promoted + " » est modifié.");
    assertThat(page.locator("#account-" + promoted)).containsText("Administrateur");
    assertThat(
            json(node.getAsAdmin("/api/accounts/" + promoted))
                .getJsonArray("roles")
                .getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("admin");

    page.getByLabel("Modifier le compte " + leaving).click();
    page.locator("#change").getByLabel("Désactivé").check();
    page.locator("#change").getByText("Vérifier le changement…").click();
    assertThat(page.locator("#confirm-change")).containsText("sera désactivé");
    page.getByText("Oui, appliquer").click();
    assertThat(page.locator("#account-" + leaving)).containsText("Désactivé");
    assertThat(json(node.getAsAdmin("/api/accounts/" + leaving)).getBoolean("enabled")).isFalse();

    // Its open session ends at its next request, and it cannot sign in again.
    leavingPage.navigate(node.uri("/team/projects").toString());
    assertThat(leavingPage).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=.*"));
    leavingPage.getByLabel("Identifiant").fill(leaving);
    leavingPage.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
    Response refused =
        leavingPage.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                leavingPage
                    .getByText("Se connecter", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(401);
    assertThat(leavingPage.locator("#login-error")).isVisible();
    leavingBrowser.close();

    // The same form on a phone.
    page.setViewportSize(360, 740);
    page.navigate(node.uri("/team/accounts?account=" + leaving).toString());
    violations.addAll(Chromium.seriousViolations(page));
    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).isTrue();
    assertThat(violations).isEmpty();
  }

  @Test
  void anAdministratorCannotDisableThemself() {
    Page page = desktop();
    signIn(page, "/team/accounts?account=admin", "admin", NodeProcess.ADMIN_PASSWORD);
    page.locator("#change").getByLabel("Désactivé").check();
    page.locator("#change").getByText("Vérifier le changement…").click();
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () -> page.getByText("Oui, appliquer").click());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(page.locator("#status-error")).containsText("ni désactiver votre propre compte");
    assertThat(page.locator(".error-summary a[href='#status']")).isVisible();
    Chromium.screenshot(page, "team-accounts-refused");
    assertThat(json(node.getAsAdmin("/api/accounts/admin")).getBoolean("enabled")).isTrue();
    // Still signed in and still an administrator.
    assertThat(page.navigate(node.uri("/team/accounts").toString()).status()).isEqualTo(200);
  }

  /** Signs the editor in through the login form, then lands on {@code path}. */
  private static void signIn(Page page, String path) {
    signIn(page, path, EDITOR, EDITOR_PASSWORD);
  }

  private static void signIn(Page page, String path, String username, String password) {
    Chromium.signIn(page, node, username, password, path);
  }

  private Page desktop() {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    return context.newPage();
  }

  private Page phone() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(360, 740)
                    .setIsMobile(true)
                    .setHasTouch(true));
    return context.newPage();
  }

  private static JsonObject teamDream(String text) {
    List<JsonObject> found = teamDreams(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<JsonObject> teamDreams(String text) {
    HttpResponse<String> listed =
        HttpCalls.send(
            node.http(),
            HttpCalls.request(
                    node.uri(
                        "/api/moderation/dreams?size=100&q="
                            + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .header("Authorization", HttpCalls.basic(EDITOR, EDITOR_PASSWORD))
                .GET()
                .build());
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return json(listed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("text").equals(text))
        .toList();
  }

  private static long projectCount() {
    return json(node.getAsAdmin("/api/projects?size=1")).getJsonNumber("totalItems").longValue();
  }

  private static long created(String path, String body) {
    HttpResponse<String> created = node.sendJsonAsAdmin("POST", path, body);
    assertThat(created.statusCode()).as(path + ": " + created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static void ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }

  // --- project sub-forms, event creation, partners' circle, English pages (webui7) ------------

  @Test
  void aTeamMemberAddsAFundingAnImpactAPartnerAndAnAccompanimentAndVisitorsSeeThePublicOnes() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Ressourcerie du Jura " + suffix;
    long project =
        created(
            "/api/projects",
            """
            {"title":"%s","stage":"emergence","origin":"ACCELERATED_EXISTING",
             "themes":["mobility"],"visibility":"PUBLIC"}
            """
                .formatted(title));
    String partner = "Ville de Champagnole " + suffix;
    long organization = organization(partner, "PUBLIC");
    Page page = desktop();
    signIn(page, "/team/projects/" + project);

    // A wrong amount: the error shows next to its field, what was typed stays, nothing is stored.
    page.locator("#funding-instrument").selectOption("fse");
    page.getByLabel("Montant en euros").fill("beaucoup");
    page.locator("#funding-fseCode").fill("202003867");
    page.locator("#funding-cofunders").fill("Région Bourgogne-Franche-Comté\nVille de Dole");
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Ajouter le financement", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Erreur : "));
    assertThat(page.locator("#funding-amountEur-error")).containsText("1500,50");
    assertThat(page.locator("#funding-amountEur")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#funding-amountEur"))
        .hasAttribute("aria-describedby", "funding-amountEur-error");
    assertThat(page.locator("#funding-amountEur")).hasValue("beaucoup");
    assertThat(page.locator("#funding-fseCode")).hasValue("202003867");
    assertThat(page.locator(".error-summary a[href='#funding-amountEur']")).isVisible();
    Chromium.screenshot(page, "team-project-funding-error");
    assertThat(json(node.getAsAdmin("/api/projects/" + project)).getJsonArray("fundings"))
        .isEmpty();

    page.getByLabel("Montant en euros").fill("67 573");
    page.locator("#funding-periodStart").fill("2021-01-01");
    page.locator("#funding-periodEnd").fill("2021-12-31");
    page.getByText("Ajouter le financement", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("Le financement est ajouté.");
    JsonObject funding =
        json(node.getAsAdmin("/api/projects/" + project)).getJsonArray("fundings").getJsonObject(0);
    assertThat(funding.getString("instrument")).isEqualTo("fse");
    assertThat(funding.getString("fseCode")).isEqualTo("202003867");
    assertThat(funding.getJsonNumber("amountEur").bigDecimalValue()).isEqualByComparingTo("67573");
    assertThat(funding.getString("periodEnd")).isEqualTo("2021-12-31");
    assertThat(funding.getJsonArray("cofunders")).hasSize(2);

    page.locator("#impact-indicator").selectOption("jobs-created");
    page.locator("#impact-value").fill("8");
    page.locator("#impact-date").fill("2021-12-31");
    page.getByText("Ajouter la mesure", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("La mesure d'impact est ajoutée.");

    page.locator("#partner-organizationId").selectOption(Long.toString(organization));
    page.getByText("Ajouter le partenaire", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'organisation partenaire est ajoutée.");
    assertThat(
            json(node.getAsAdmin("/api/projects/" + project))
                .getJsonArray("partnerOrganizationIds")
                .getJsonNumber(0)
                .longValue())
        .isEqualTo(organization);

    // An accompaniment (team only): added, given a milestone, then closed with its outcome.
    page.locator("#acc-programmeName").fill("Idéateur " + suffix);
    page.locator("#acc-format").selectOption("INCUBATION");
    page.locator("#acc-providerOrganizationId").selectOption(Long.toString(organization));
    page.locator("#acc-startDate").fill("2025-01-06");
    page.getByText("Ajouter l'accompagnement", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'accompagnement est ajouté.");
    JsonObject accompaniment =
        json(node.getAsAdmin("/api/projects/" + project + "/accompaniments"))
            .getJsonArray("items")
            .getJsonObject(0);
    long accompanimentId = accompaniment.getJsonNumber("id").longValue();
    assertThat(accompaniment.getString("format")).isEqualTo("INCUBATION");
    assertThat(accompaniment.getString("providerName")).isEqualTo(partner);
    page.locator("#ms" + accompanimentId + "-kind").selectOption("PITCH");
    page.locator("#ms" + accompanimentId + "-doneOn").fill("2025-03-14");
    page.getByText("Ajouter l'étape", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'étape de l'accompagnement est ajoutée.");
    // Closing without a date: refused on that accompaniment's own field.
    page.locator("#end" + accompanimentId + "-outcome").selectOption("LAUNCHED");
    page.getByText("Enregistrer l'issue", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#end" + accompanimentId + "-endDate-error")).isVisible();
    page.locator("#end" + accompanimentId + "-endDate").fill("2025-06-30");
    page.getByText("Enregistrer l'issue", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'accompagnement est clos.");
    accompaniment =
        json(node.getAsAdmin("/api/projects/" + project + "/accompaniments/" + accompanimentId));
    assertThat(accompaniment.getString("outcome")).isEqualTo("LAUNCHED");
    assertThat(accompaniment.getJsonArray("milestones")).hasSize(1);
    assertThat(page.locator("#accompaniment-" + accompanimentId)).containsText("Pitch");
    Chromium.screenshot(page, "team-project-parts");

    Page visitor = desktop();
    visitor.navigate(node.uri("/projects/" + project).toString());
    assertThat(visitor.locator("h1")).hasText(title);
    assertThat(visitor.locator("main")).containsText(partner);
    assertThat(visitor.locator("main")).containsText("202003867");
    assertThat(visitor.locator("main")).containsText("Emplois créés : 8");
    // Accompaniments are the team's: not on the public page.
    assertThat(visitor.locator("main")).not().containsText("Idéateur " + suffix);
    Chromium.screenshot(visitor, "project-fundings");

    // Removing a line: the project's description loses it, with the version it was shown at.
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Retirer « " + partner + " »"))
        .click();
    assertThat(page.locator(".notice")).hasText("L'organisation partenaire est retirée.");
    assertThat(
            json(node.getAsAdmin("/api/projects/" + project))
                .getJsonArray("partnerOrganizationIds"))
        .isEmpty();
  }

  @Test
  void aSubFormPostedWithAnOutdatedVersionIsRefusedAndNothingIsLost() {
    long project =
        created(
            "/api/projects",
            """
            {"title":"Garage solidaire","stage":"idea","origin":"ACCELERATED_EXISTING",
             "visibility":"PUBLIC"}
            """);
    Page page = desktop();
    signIn(page, "/team/projects/" + project);
    // Someone changes the project through the API meanwhile.
    ok(
        node.sendJsonAsAdmin(
            "PUT",
            "/api/projects/" + project,
            """
            {"title":"Garage solidaire","stage":"idea","origin":"ACCELERATED_EXISTING",
             "impacts":[{"indicator":"jobs-created","value":2,"date":"2025-12-31"}],
             "visibility":"PUBLIC"}
            """));
    page.locator("#impact-indicator").selectOption("jobs-saved");
    page.locator("#impact-value").fill("3");
    page.locator("#impact-date").fill("2025-12-31");
    Response conflict =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Ajouter la mesure", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(page.locator(".error-summary")).containsText("a changé entre-temps");
    JsonObject stored = json(node.getAsAdmin("/api/projects/" + project));
    assertThat(stored.getJsonArray("impacts")).hasSize(1);
    // The page now shows the other change, and the same form saves against it.
    assertThat(page.locator("#impacts-title + ul")).containsText("Emplois créés");
  }

  @Test
  void anEventIsCreatedFromTheWebThenItsCountsAreRecorded() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Stand à la foire " + suffix;
    LocalDate day = LocalDate.now().minusDays(2);
    Page page = desktop();
    signIn(page, "/team/events");
    page.getByText("Nouvel événement", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(node.uri("/team/events/new").toString());
    assertThat(page.locator("#event-timeZone")).hasValue("Europe/Paris");
    page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true))
        .selectOption("DREAM_COLLECTION");
    page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title);
    page.locator("#event-startsAt").fill(day + "T09:00");
    page.locator("#event-endsAt").fill(day + "T12:30");
    page.locator("#event-collectionFormat").selectOption("STAND");
    page.locator("#event-theme-mobility").check();
    page.locator("#event-visibility").selectOption("PUBLIC");

    // Neither a place nor an online address: the domain's rule, on the place's first field.
    long before = eventCount();
    Response refused =
        page.waitForResponse(
            r -> r.request().method().equals("POST"),
            () ->
                page.getByText("Créer l'événement", new Page.GetByTextOptions().setExact(true))
                    .click());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.locator("#event-venueName-error"))
        .hasText("Donnez un lieu, une adresse en ligne, ou les deux.");
    assertThat(page.locator("#event-venueName")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#event-title")).hasValue(title);
    assertThat(page.locator("#event-collectionFormat")).hasValue("STAND");
    Chromium.screenshot(page, "team-event-form-error");
    assertThat(eventCount()).isEqualTo(before);

    page.getByLabel("Nom du lieu", new Page.GetByLabelOptions().setExact(true))
        .fill("Foire de Lons");
    page.getByLabel("Commune", new Page.GetByLabelOptions().setExact(true)).fill("Lons-le-Saunier");
    page.getByText("Créer l'événement", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'événement est créé.");
    assertThat(page.locator("h1")).hasText(title);
    String id =
        java.util.regex.Pattern.compile("/team/events/([0-9]+)\\?done=created")
            .matcher(page.url())
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    JsonObject stored = json(node.getAsAdmin("/api/events/" + id));
    assertThat(stored.getString("type")).isEqualTo("DREAM_COLLECTION");
    assertThat(stored.getString("startsAt")).startsWith(day + "T09:00");
    assertThat(stored.getString("collectionFormat")).isEqualTo("STAND");
    assertThat(stored.getJsonObject("place").getString("venueName")).isEqualTo("Foire de Lons");
    assertThat(eventCount()).isEqualTo(before + 1);

    page.getByLabel("Participants").fill("31");
    page.getByLabel("Rêves recueillis").fill("44");
    page.getByText("Enregistrer les chiffres").click();
    assertThat(page).hasURL(node.uri("/team/events/" + id + "?done=counted").toString());
    JsonObject counts = json(node.getAsAdmin("/api/events/" + id)).getJsonObject("counts");
    assertThat(counts.getInt("participantCount")).isEqualTo(31);
    assertThat(counts.getInt("dreamCount")).isEqualTo(44);

    // Its description edited later keeps the counts.
    page.getByText("Modifier la description de l'événement").click();
    assertThat(page.locator("#event-title")).hasValue(title);
    page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title + " (matin)");
    page.getByText("Enregistrer l'événement", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'événement est enregistré.");
    JsonObject edited = json(node.getAsAdmin("/api/events/" + id));
    assertThat(edited.getString("title")).isEqualTo(title + " (matin)");
    assertThat(edited.getJsonObject("counts").getInt("dreamCount")).isEqualTo(44);
    Chromium.screenshot(page, "team-event-created");
  }

  @Test
  void thePartnersCircleListsThePublicPartnersAndNothingOfTheTeams() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String trusted = "Fondation du Jura " + suffix;
    String hidden = "Club privé " + suffix;
    long trustedOrganization = organization(trusted, "PUBLIC");
    long hiddenOrganization = organization(hidden, "PRIVATE");
    created(
        "/api/partners",
        """
        {"organizationId":%d,"inCircle":true,"circleSince":"2024-12-12",
         "roleMailbox":"partenariats-%s@fondation.example",
         "contributions":[{"kind":"MONEY","description":"Soutien confidentiel %s",
                           "amountEur":5000,"year":2024}]}
        """
            .formatted(trustedOrganization, suffix, suffix));
    created(
        "/api/partners",
        """
        {"organizationId":%d,"inCircle":false}
        """
            .formatted(hiddenOrganization));
    Page page = desktop();
    page.navigate(node.uri("/").toString());
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Cercle des partenaires").setExact(true))
        .click();
    assertThat(page).hasURL(node.uri("/partners").toString());
    assertThat(page.locator("h1")).hasText("Cercle des partenaires");
    com.microsoft.playwright.Locator card =
        page.locator("#circle-title ~ ul li.partner")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(trusted));
    assertThat(card).hasCount(1);
    assertThat(card).containsText("Incubateur");
    assertThat(card).containsText("12 décembre 2024");
    assertThat(page.locator("main")).not().containsText(hidden);
    assertThat(page.locator("main")).not().containsText("partenariats-" + suffix);
    assertThat(page.locator("main")).not().containsText("Soutien confidentiel");
    Chromium.screenshot(page, "partners");
  }

  @Test
  void theEnglishPagesAreRememberedFromPageToPageAndHaveNoSeriousViolations() {
    // axe-core is injected as a script: this context alone ignores the pages' CSP.
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team");
    page.navigate(node.uri("/").toString());
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("English"))
        .click();
    assertThat(page).hasURL(node.uri("/").toString());
    List<String> violations = new ArrayList<>();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/", "Partners' circle");
    pages.put("/dreams/new", "Share a dream");
    pages.put("/partners", "The circle of trusted partners");
    pages.put("/team/projects/" + projectId, "Add the funding line");
    pages.put("/team/events/new", "Create the event");
    for (int width : List.of(1280, 360)) {
      page.setViewportSize(width, width == 360 ? 740 : 900);
      pages.forEach(
          (path, text) -> {
            page.navigate(node.uri(path).toString());
            // Remembered: every page comes in English without choosing again.
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("main")).containsText(text);
            Chromium.seriousViolations(page)
                .forEach(v -> violations.add(path + " (" + width + " px, en): " + v));
          });
    }
    page.setViewportSize(1280, 900);
    page.navigate(node.uri("/dreams/new").toString());
    assertThat(page.locator("h1")).hasText("Share a dream");
    assertThat(page.getByLabel("Sustainable food")).isVisible();
    page.navigate(node.uri("/team/projects/" + projectId).toString());
    assertThat(page.locator("h1")).hasText("Edit the project");
    assertThat(page.getByLabel("Amount in euros")).isVisible();
    assertThat(page.locator("nav .nav")).containsText("Partners' circle");
    Chromium.screenshot(page, "team-project-en");
    page.navigate(node.uri("/").toString());
    Chromium.screenshot(page, "home-en");
    assertThat(violations).isEmpty();
  }

  @Test
  void theNewPagesHaveNoSeriousAccessibilityViolations() {
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    signIn(page, "/team");
    List<String> violations = new ArrayList<>();
    List<String> paths =
        List.of(
            "/partners",
            "/projects/" + projectId,
            "/team/projects/" + projectId,
            "/team/events",
            "/team/events/new",
            "/team/events/" + eventId + "/edit");
    for (int width : List.of(1280, 360)) {
      page.setViewportSize(width, width == 360 ? 740 : 900);
      for (String path : paths) {
        Response response = page.navigate(node.uri(path).toString());
        assertThat(response.status()).as(path).isEqualTo(200);
        Chromium.seriousViolations(page)
            .forEach(v -> violations.add(path + " (" + width + " px): " + v));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= " + width))
            .as("no horizontal scrolling at " + width + " px on " + path)
            .isTrue();
      }
      // The forms showing their errors too.
      page.navigate(node.uri("/team/projects/" + projectId).toString());
      page.getByText("Ajouter la mesure", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#impact-indicator-error")).isVisible();
      Chromium.seriousViolations(page)
          .forEach(v -> violations.add("impact form error (" + width + " px): " + v));
      page.navigate(node.uri("/team/events/new").toString());
      page.getByText("Créer l'événement", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#event-title-error")).isVisible();
      Chromium.seriousViolations(page)
          .forEach(v -> violations.add("event form error (" + width + " px): " + v));
    }
    Chromium.screenshot(page, "team-event-form-phone");
    assertThat(violations).isEmpty();
  }

  @Test
  void theNewFormsAreRefusedToVisitorsForgedTokensAndAddressesThePageCannotSend() {
    long project =
        created(
            "/api/projects",
            """
            {"title":"Épicerie mobile","stage":"idea","origin":"ACCELERATED_EXISTING",
             "fundings":[{"instrument":"feder","amountEur":1000}],"visibility":"PUBLIC"}
            """);
    long events = eventCount();
    // A visitor: sent to the login page, nothing is read or written.
    for (String path :
        List.of(
            "/team/projects/" + project + "/fundings",
            "/team/projects/" + project + "/fundings/0/remove",
            "/team/events/new",
            "/team/events/" + eventId + "/edit")) {
      HttpResponse<String> post =
          HttpCalls.send(
              node.http(),
              HttpCalls.request(node.uri(path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "version=0&funding-instrument=fse&funding-amountEur=5"
                              + "&event-type=WORKSHOP&event-title=Forg%C3%A9"))
                  .build());
      assertThat(post.statusCode()).as(path).isEqualTo(303);
      assertThat(post.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    }
    HttpResponse<String> visitorForm = node.get("/team/events/new");
    assertThat(visitorForm.statusCode()).isEqualTo(303);

    Page editor = desktop();
    signIn(editor, "/team/projects/" + project);
    long version =
        json(node.getAsAdmin("/api/projects/" + project)).getJsonNumber("version").longValue();
    java.util.function.BiFunction<String, com.microsoft.playwright.options.FormData, APIResponse>
        post =
            (path, form) ->
                editor
                    .request()
                    .post(
                        node.uri(path).toString(),
                        com.microsoft.playwright.options.RequestOptions.create().setForm(form));
    String token = editor.locator("input[name=_csrf]").first().inputValue();
    // A forged token: refused, nothing removed, no event created.
    assertThat(
            post.apply(
                    "/team/projects/" + project + "/fundings/0/remove",
                    com.microsoft.playwright.options.FormData.create()
                        .set("version", Long.toString(version))
                        .set("_csrf", "made-up"))
                .status())
        .isEqualTo(403);
    assertThat(
            post.apply(
                    "/team/events/new",
                    com.microsoft.playwright.options.FormData.create()
                        .set("event-type", "WORKSHOP")
                        .set("event-title", "Événement forgé")
                        .set("event-startsAt", "2026-12-01T10:00")
                        .set("event-endsAt", "2026-12-01T12:00")
                        .set("event-venueName", "Ici")
                        .set("_csrf", "made-up"))
                .status())
        .isEqualTo(403);
    // Addresses and values no page sends: 404 or 400, nothing changes.
    assertThat(
            post.apply(
                    "/team/projects/" + project + "/fundings/7/remove",
                    com.microsoft.playwright.options.FormData.create()
                        .set("version", Long.toString(version))
                        .set("_csrf", token))
                .status())
        .isEqualTo(404);
    assertThat(
            post.apply(
                    "/team/projects/" + project + "/accompaniments/999999/remove",
                    com.microsoft.playwright.options.FormData.create()
                        .set("version", "0")
                        .set("_csrf", token))
                .status())
        .isEqualTo(404);
    assertThat(
            post.apply(
                    "/team/projects/" + project + "/fundings",
                    com.microsoft.playwright.options.FormData.create()
                        .set("version", "not-a-number")
                        .set("_csrf", token))
                .status())
        .isEqualTo(400);
    APIResponse oversized =
        post.apply(
            "/team/projects/" + project + "/impacts",
            com.microsoft.playwright.options.FormData.create()
                .set("version", Long.toString(version))
                .set("impact-indicator", "x".repeat(20_000))
                .set("impact-value", "9".repeat(40))
                .set("impact-date", "2026-13-45")
                .set("_csrf", token));
    assertThat(oversized.status()).isEqualTo(400);
    assertThat(oversized.text()).contains("id=\"impact-value-error\"");
    JsonObject stored = json(node.getAsAdmin("/api/projects/" + project));
    assertThat(stored.getJsonArray("fundings")).hasSize(1);
    assertThat(stored.getJsonArray("impacts")).isEmpty();
    assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version);
    assertThat(eventCount()).isEqualTo(events);
  }

  private static long organization(String name, String visibility) {
    return created(
        "/api/organizations",
        """
        {"name":"%s","roles":["incubator"],"website":"https://jura.example",
         "visibility":"%s"}
        """
            .formatted(name, visibility));
  }

  private static long eventCount() {
    return json(node.getAsAdmin("/api/events?size=1")).getJsonNumber("totalItems").longValue();
  }
}
