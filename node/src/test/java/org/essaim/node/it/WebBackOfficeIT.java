// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essaim.node.testsupport.HttpCalls.json;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.testsupport.Chromium;
import org.essaim.node.testsupport.NodeProcess;
import org.essaim.node.testsupport.SharedNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-office pages that run the method's steps, in a real headless browser on the shared
 * territory node: a campaign is prepared and opens dream collection, the ideas of an ideation
 * evening are selected until one becomes a project, a project becomes a transferable solution the
 * public reads, and an administrator describes the territory. Each test keeps to its own data (the
 * node is shared with the API test classes).
 */
class WebBackOfficeIT {

  private static final String EDITOR = "equipe-back-office";
  private static final String EDITOR_PASSWORD = "equipe-back-office-secret";

  static NodeProcess node;
  static Chromium chromium;

  private BrowserContext context;

  @BeforeAll
  static void start() {
    node = SharedNode.territory();
    node.createAccount(EDITOR, EDITOR_PASSWORD, "editor");
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void aCampaignIsPreparedThenOpensDreamCollection() {
    Page page = signedIn("/team/campaigns/new", EDITOR, EDITOR_PASSWORD);
    page.getByLabel("Nom de l'édition").fill("Back-office 2027");
    page.getByLabel("Nom local de la dynamique").fill("Crépîte");
    page.getByLabel("Premier jour").fill("2027-03-01");
    page.getByLabel("Dernier jour (facultatif)").fill("2027-02-01");
    page.getByText("Préparer la campagne", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#endDate-error"))
        .hasText("Le dernier jour ne peut pas précéder le premier.");
    assertThat(page.getByLabel("Nom de l'édition")).hasValue("Back-office 2027");
    assertThat(campaign("Back-office 2027")).as("nothing saved").isNull();

    page.getByLabel("Dernier jour (facultatif)").fill("2027-06-30");
    page.getByText("Préparer la campagne", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).containsText("La campagne est préparée");
    JsonObject prepared = campaign("Back-office 2027");
    assertThat(prepared.getString("state")).isEqualTo("PLANNED");

    page.locator("#campaign-" + prepared.getJsonNumber("id"))
        .getByText("Ouvrir la collecte des rêves")
        .click();
    assertThat(page.locator("#campaign-" + prepared.getJsonNumber("id")))
        .containsText("collecte des rêves en cours");
    assertThat(campaign("Back-office 2027").getString("state")).isEqualTo("COLLECTING_DREAMS");
    Chromium.screenshot(page, "team-campaigns");
  }

  @Test
  void theIdeasOfAnEveningAreSelectedUntilOneBecomesAProject() {
    long campaign = created("/api/campaigns", campaignBody("Idées 2027"));
    long challenge =
        created(
            "/api/challenges",
            """
            {"campaignId":%d,"title":"Manger local au back-office",
             "statement":"Comment trouver des légumes du coin ?","themes":["food"]}
            """
                .formatted(campaign));
    long project =
        created(
            "/api/projects",
            """
            {"title":"Le panier du bourg","summary":"Des paniers de légumes.","stage":"emergence",
             "origin":"FROM_CHALLENGE","originChallengeId":%d,"themes":["food"]}
            """
                .formatted(challenge));
    Page page = signedIn("/team/ideas/" + challenge, EDITOR, EDITOR_PASSWORD);
    page.getByLabel("L'idée, en quelques mots").fill("Un panier hebdomadaire");
    page.getByText("Noter l'idée", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#description-error")).hasText("Dites ce que l'idée propose.");
    assertThat(page.getByLabel("L'idée, en quelques mots")).hasValue("Un panier hebdomadaire");
    assertThat(ideas(challenge)).isEmpty();

    page.getByLabel("Ce qu'elle propose").fill("Des légumes des fermes voisines, le vendredi.");
    page.getByText("Noter l'idée", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("L'idée est notée.");
    long idea = ideas(challenge).get(0).getJsonNumber("id").longValue();
    page.locator("#idea-" + idea).getByText("Retenir pour la suite").click();
    page.locator("#idea-" + idea)
        .getByText(
            "Choisir", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(page.locator("#idea-" + idea)).containsText("choisie");
    page.locator("#idea-" + idea).getByText("Elle est devenue ce projet").click();
    assertThat(page.locator(".error-summary"))
        .hasText("Choisissez le projet que l'idée est devenue.");
    page.locator("#project-" + idea).selectOption(Long.toString(project));
    page.locator("#idea-" + idea).getByText("Elle est devenue ce projet").click();
    assertThat(page.locator("#idea-" + idea)).containsText("devenue un projet");
    assertThat(page.locator("#idea-" + idea + " a")).hasAttribute("href", "/projects/" + project);
    JsonObject stored = ideas(challenge).get(0);
    assertThat(stored.getString("state")).isEqualTo("BECAME_PROJECT");
    assertThat(stored.getJsonNumber("projectId").longValue()).isEqualTo(project);
    Chromium.screenshot(page, "team-ideas");
  }

  @Test
  void aProjectBecomesATransferableSolutionThePublicReads() {
    long project =
        created(
            "/api/projects",
            """
            {"title":"La recyclerie du back-office","summary":"Réparer plutôt que jeter.",
             "stage":"launched","origin":"ACCELERATED_EXISTING","themes":["circular-economy"],
             "visibility":"PUBLIC"}
            """);
    created("/api/organizations", "{\"name\":\"Recyclerie SCIC\",\"visibility\":\"PUBLIC\"}");
    Page page = signedIn("/team/projects/" + project, EDITOR, EDITOR_PASSWORD);
    page.getByText("En faire une solution essaimable pour le réseau").click();
    assertThat(page).hasURL(node.uri("/team/solutions/new?project=" + project).toString());
    assertThat(page.getByLabel("Le projet d'où elle vient")).hasValue(Long.toString(project));
    page.getByLabel("Le problème qu'elle résout").fill("Les objets jetés encore utilisables.");
    page.getByLabel("Comment l'essaimer").selectOption("OPEN_METHOD");
    page.getByLabel("Ce qui fait réussir").fill("Un local visible\nDes bénévoles bricoleurs");
    page.getByLabel("Au moins").fill("quelques euros");
    page.getByLabel("La structure à contacter")
        .selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel("Recyclerie SCIC"));
    page.getByLabel("Qui peut le voir").selectOption("PUBLIC");
    page.getByText("Créer la solution", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#costsMin-error"))
        .hasText("Écrivez un montant en euros, comme 12000 ou 12000,50.");
    assertThat(page.getByLabel("Ce qui fait réussir"))
        .hasValue("Un local visible\nDes bénévoles bricoleurs");
    assertThat(solutionsOf(project)).as("nothing saved").isEmpty();

    page.getByLabel("Au moins").fill("2 000");
    page.getByText("Créer la solution", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).containsText("La solution est créée");
    JsonObject solution = solutionsOf(project).get(0);
    assertThat(solution.getString("title")).isEqualTo("La recyclerie du back-office");
    assertThat(solution.getJsonArray("keySuccessFactors")).hasSize(2);

    page.navigate(node.uri("/team/solutions").toString());
    page.locator("#solution-" + solution.getJsonNumber("id")).getByText("Publier").click();
    assertThat(page.locator(".notice")).hasText("La solution a changé d'état.");
    Page visitor = chromium.browser().newPage();
    try {
      visitor.navigate(node.uri("/solutions/" + solution.getJsonNumber("id")).toString());
      assertThat(visitor.locator("h1")).hasText("La recyclerie du back-office");
      assertThat(visitor.locator("main")).containsText("Des bénévoles bricoleurs");
    } finally {
      visitor.close();
    }
    Chromium.screenshot(page, "team-solutions");
  }

  @Test
  void onlyAnAdministratorDescribesTheTerritory() {
    Page editor = signedIn("/team", EDITOR, EDITOR_PASSWORD);
    Response refused = editor.navigate(node.uri("/team/territory").toString());
    assertThat(refused.status()).isEqualTo(403);
    context.close();

    HttpResponse<String> before = node.getAsAdmin("/api/territory");
    try {
      Page page = signedIn("/team/territory", "admin", NodeProcess.ADMIN_PASSWORD);
      page.getByLabel("Le périmètre").fill("COMMUNE 54329 Lunéville\nDEPARTEMENT 999 Nulle part");
      page.locator("main button[type=submit]").click();
      assertThat(page.locator("#perimeter-error")).containsText("La ligne 2 n'est pas une zone");
      page.getByLabel("Le périmètre").fill("COMMUNE 54329 Lunéville");
      page.getByLabel("Nom local de la dynamique").fill("Crépîte du back-office");
      page.locator("main button[type=submit]").click();
      assertThat(page.locator(".notice")).hasText("Le territoire est enregistré.");
      assertThat(page.locator("header")).containsText("Crépîte du back-office");
      JsonObject profile = json(node.getAsAdmin("/api/territory"));
      assertThat(profile.getString("localBrandName")).isEqualTo("Crépîte du back-office");
      assertThat(profile.getJsonArray("perimeter")).hasSize(1);
      Chromium.screenshot(page, "team-territory");
    } finally {
      // The node is shared: the other classes find the profile as it was.
      HttpResponse<String> restored =
          node.sendJsonAsAdmin("PUT", "/api/territory", withoutVersion(json(before)));
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }
  }

  @Test
  void aProjectsCollectiveIsFormedAndAMemberJoinsOnlyWithConsentToKeepTheirContact() {
    long project =
        created(
            "/api/projects",
            """
            {"title":"La ressourcerie du back-office","summary":"Donner une seconde vie.",
             "stage":"emergence","origin":"ACCELERATED_EXISTING","themes":["circular-economy"]}
            """);
    Page page = signedIn("/team/projects/" + project, EDITOR, EDITOR_PASSWORD);
    page.getByText("Le collectif qui porte le projet").click();
    page.getByLabel("Comment il s'organise").selectOption("ASSOCIATION");
    page.getByText("Former le collectif", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("Le collectif est formé.");

    page.getByLabel("Son nom").fill("Nadia Benali");
    page.getByLabel("Courriel (facultatif)").fill("nadia@example.org");
    page.getByLabel("Son rôle").selectOption("PORTEUR");
    page.getByText("Ajouter au collectif", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#contactConsent-error"))
        .containsText("la personne doit l'avoir accepté");
    assertThat(page.getByLabel("Courriel (facultatif)")).hasValue("nadia@example.org");
    assertThat(members(project)).as("nothing saved").isEmpty();

    page.getByLabel("La personne accepte que l'équipe garde son courriel").check();
    page.getByText("Ajouter au collectif", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("Le membre a rejoint le collectif.");
    assertThat(page.locator("main")).containsText("Nadia Benali");
    assertThat(members(project)).hasSize(1);

    page.getByText("Le collectif est actif").click();
    assertThat(page.locator("main")).containsText("actif");
    assertThat(
            json(node.getAsAdmin("/api/projects/" + project + "/collective")).getString("status"))
        .isEqualTo("ACTIVE");
    Chromium.screenshot(page, "team-collective");

    page.getByText("Retirer du collectif").click();
    assertThat(page.locator(".notice")).containsText("Le membre est retiré du collectif");
    assertThat(members(project)).isEmpty();
  }

  @Test
  void anOrganisationJoinsTheCircleOfPartnersAndThePublicSeesIt() {
    Page page = signedIn("/team/organizations/new", EDITOR, EDITOR_PASSWORD);
    page.getByLabel("Nom de la structure").fill("Les Jardins du back-office");
    page.getByLabel("SIREN (facultatif)").fill("12345");
    page.getByLabel("Qui peut le voir").selectOption("PUBLIC");
    page.getByText("Ajouter la structure", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#siren-error"))
        .hasText("Le SIREN a exactement neuf chiffres, comme 823 456 789.");
    assertThat(page.getByLabel("Nom de la structure")).hasValue("Les Jardins du back-office");
    assertThat(organisation("Les Jardins du back-office")).as("nothing saved").isNull();

    page.getByLabel("SIREN (facultatif)").fill("");
    page.getByText("Ajouter la structure", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("La structure est ajoutée à l'annuaire.");
    assertThat(organisation("Les Jardins du back-office")).isNotNull();

    page.getByLabel("Membre du cercle des partenaires").check();
    page.locator("#kind-1").selectOption("PREMISES");
    page.locator("#amount-1").fill("300");
    page.getByText("En faire un partenaire", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#contributions-error")).containsText("L'apport 1 est incomplet");
    assertThat(page.locator("#amount-1")).hasValue("300");

    page.locator("#description-1").fill("Une serre prêtée le samedi");
    page.getByText("En faire un partenaire", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".notice")).hasText("Le partenariat est enregistré.");
    Page visitor = chromium.browser().newPage();
    try {
      visitor.navigate(node.uri("/partners").toString());
      assertThat(visitor.locator("main")).containsText("Les Jardins du back-office");
      assertThat(visitor.locator("main")).not().containsText("Une serre prêtée");
    } finally {
      visitor.close();
    }
    Chromium.screenshot(page, "team-organization");
  }

  @Test
  void theNewPagesHaveNoSeriousAccessibilityViolations() {
    long campaign = created("/api/campaigns", campaignBody("Accessible 2027"));
    long challenge =
        created(
            "/api/challenges",
            """
            {"campaignId":%d,"title":"Un défi accessible","statement":"Pour tout le monde ?",
             "themes":["mobility"]}
            """
                .formatted(campaign));
    long collectiveProject =
        created(
            "/api/projects",
            "{\"title\":\"Un projet accessible\",\"summary\":\"Pour tous.\",\"stage\":\"idea\",\"origin\":\"ACCELERATED_EXISTING\"}");
    HttpResponse<String> formed =
        node.sendJsonAsAdmin(
            "POST",
            "/api/projects/" + collectiveProject + "/collective",
            "{\"governance\":\"INFORMAL\"}");
    assertThat(formed.statusCode()).as(formed.body()).isEqualTo(201);
    long organisationId = created("/api/organizations", "{\"name\":\"Structure accessible\"}");
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, node, "admin", NodeProcess.ADMIN_PASSWORD, "/team");
    List<String> paths =
        List.of(
            "/team/campaigns",
            "/team/campaigns/new",
            "/team/campaigns/" + campaign,
            "/team/ideas/" + challenge,
            "/team/solutions",
            "/team/solutions/new",
            "/team/territory",
            "/team/organizations",
            "/team/organizations/new",
            "/team/organizations/" + organisationId,
            "/team/collectives/" + collectiveProject);
    List<String> violations = new ArrayList<>();
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
    assertThat(violations).isEmpty();
  }

  private Page signedIn(String path, String username, String password) {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    Chromium.signIn(page, node, username, password, path);
    return page;
  }

  private static String campaignBody(String name) {
    return "{\"name\":\"%s\",\"localBrandName\":\"Crépîte\",\"startDate\":\"2027-01-01\"}"
        .formatted(name);
  }

  private static JsonObject campaign(String name) {
    return json(node.getAsAdmin("/api/campaigns?size=100"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElse(null);
  }

  private static JsonObject organisation(String name) {
    return json(node.getAsAdmin("/api/organizations?size=100&q=" + name.replace(' ', '+')))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElse(null);
  }

  private static List<JsonObject> members(long project) {
    return json(node.getAsAdmin("/api/projects/" + project + "/collective/members"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> ideas(long challenge) {
    return json(node.getAsAdmin("/api/challenges/" + challenge + "/solutions"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> solutionsOf(long project) {
    return json(node.getAsAdmin("/api/transferable-solutions?size=100&projectId=" + project))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  /** The profile as the API returned it, ready to be put back. */
  private static String withoutVersion(JsonObject profile) {
    jakarta.json.JsonObjectBuilder copy = jakarta.json.Json.createObjectBuilder(profile);
    copy.remove("version");
    copy.remove("updatedAt");
    return copy.build().toString();
  }

  private static long created(String path, String body) {
    HttpResponse<String> created = node.sendJsonAsAdmin("POST", path, body);
    assertThat(created.statusCode()).as(path + ": " + created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }
}
