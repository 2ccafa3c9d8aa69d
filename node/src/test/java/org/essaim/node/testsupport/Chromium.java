// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's chromium driven by Playwright for Java (never a browser Playwright downloads: the CI
 * script installs the {@code chromium} package), and axe-core, installed by {@code npm ci} from
 * {@code src/test/browser/package-lock.json}, for accessibility checks inside pages.
 */
public final class Chromium implements AutoCloseable {

  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Path NPM_DIR = Path.of("src/test/browser").toAbsolutePath();
  private static final Path NPM_LOG = Path.of("target/browser/npm-ci.log").toAbsolutePath();
  private static final Path AXE = NPM_DIR.resolve("node_modules/axe-core/axe.min.js");

  /** WCAG 2.1 A and AA rules (RGAA 4 follows WCAG 2.1 AA). */
  private static final String AXE_RUN =
      """
      async () => {
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
        });
        return result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
              + v.nodes.map(n => n.target.join(' ')).join(' | '));
      }
      """;

  /** Sign-ins so far in this test JVM, for their made-up client addresses. */
  private static final AtomicInteger SIGN_INS = new AtomicInteger();

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts a headless chromium. */
  public static Chromium launch() {
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--headless",
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--no-first-run")));
      return new Chromium(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  public Browser browser() {
    return browser;
  }

  /**
   * The serious and critical WCAG 2.1 A/AA violations axe-core finds in the page as it stands. The
   * page's context must bypass its Content-Security-Policy (the node forbids injected scripts).
   */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(Page page) {
    installAxe();
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
    return (List<String>) page.evaluate(AXE_RUN);
  }

  /**
   * Signs in through the node's login form (its French labels), then checks the form sent the
   * browser on to {@code path}.
   */
  public static void signIn(
      Page page, NodeProcess node, String username, String password, String path) {
    // A node limits sign-in attempts per client address (20 in 10 minutes) and the browser classes
    // sign in more often than that: each sign-in comes from its own made-up address, which nodes
    // trusting X-Forwarded-For count apart (the others ignore the header).
    int n = SIGN_INS.getAndIncrement();
    page.context()
        .setExtraHTTPHeaders(
            Map.of("X-Forwarded-For", "198.18." + (n / 250 % 250) + "." + (n % 250 + 1)));
    page.navigate(
        node.uri("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).toString());
    page.getByLabel("Identifiant").fill(username);
    page.getByLabel("Mot de passe").fill(password);
    page.getByText("Se connecter", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page).hasURL(node.uri(path).toString());
  }

  /** A full-page screenshot under target/screenshots. */
  public static Path screenshot(Page page, String name) {
    Path file = Path.of("target/screenshots", name + ".png").toAbsolutePath();
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  private static synchronized void installAxe() {
    if (Files.isRegularFile(AXE)) {
      return;
    }
    try {
      Files.createDirectories(NPM_LOG.getParent());
      Process npm =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(NPM_DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(NPM_LOG.toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
        npm.destroyForcibly();
        throw new IllegalStateException(
            "npm ci failed in " + NPM_DIR + ":\n" + Files.readString(NPM_LOG));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run npm (is Node.js installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
