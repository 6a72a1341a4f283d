package io.reviewrecovery.tasklist;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright, with one browser profile per Tasklist user
 * and everything it writes under {@code target/}.
 */
public final class TasklistBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final Path WORK = Paths.get("target", "browser");

  private final Playwright playwright;
  private final Map<String, Page> pages = new HashMap<>();

  private TasklistBrowser(Playwright playwright) {
    this.playwright = playwright;
  }

  /** Starts Playwright's driver for Debian's Chromium, which must be installed ({@link ChromiumInstalled}). */
  public static TasklistBrowser start() {
    if (!ChromiumInstalled.installed()) {
      throw new IllegalStateException(ChromiumInstalled.MISSING + " CI must run the browser tests, not skip them.");
    }
    Map<String, String> environment = new HashMap<>(directories());
    environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    return new TasklistBrowser(Playwright.create(new Playwright.CreateOptions().setEnv(environment)));
  }

  /** The user's own browser window (a fresh profile, so a fresh login), opened on the first call. */
  public Page pageOf(String user) {
    return pages.computeIfAbsent(user, this::open);
  }

  private Page open(String user) {
    Path profile = WORK.resolve("profile-" + user + "-" + ProcessHandle.current().pid());
    BrowserContext context = playwright.chromium().launchPersistentContext(profile,
        new BrowserType.LaunchPersistentContextOptions()
            .setExecutablePath(ChromiumInstalled.CHROMIUM)
            .setHeadless(true)
            .setEnv(directories())
            .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"))
            .setViewportSize(1400, 1000)
            .setLocale("en-GB")
            .setTimezoneId("UTC"));
    context.setDefaultTimeout(30_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    return context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
  }

  /** A picture of what the user sees now, as {@code target/screenshots/<name>.png}. */
  public static void screenshot(Page page, String name) {
    page.evaluate("document.activeElement && document.activeElement.blur()");
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  /** A picture of each user's window, e.g. when a test failed. */
  public void screenshotAll(String name) {
    pages.forEach((user, page) -> screenshot(page, name + "-" + user));
  }

  @Override
  public void close() {
    pages.values().forEach(page -> page.context().close());
    playwright.close();
  }

  /** Chromium's configuration and cache directories, under target/ instead of the home directory. */
  private static Map<String, String> directories() {
    try {
      Path config = Files.createDirectories(WORK.resolve("config")).toAbsolutePath();
      Path cache = Files.createDirectories(WORK.resolve("cache")).toAbsolutePath();
      return Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_CACHE_HOME", cache.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
