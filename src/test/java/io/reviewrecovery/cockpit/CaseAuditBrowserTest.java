package io.reviewrecovery.cockpit;

import static io.reviewrecovery.process.ReviewRecoveryProcess.END_PUBLIC_REPLY_POSTED;
import static io.reviewrecovery.process.ReviewRecoveryProcess.TASK_APPROVE_PUBLIC_REPLY;
import static io.reviewrecovery.tasklist.TasklistBrowser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.tasklist.ChromiumInstalled;
import io.reviewrecovery.tasklist.TasklistBrowser;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An auditor in Cockpit, in a real browser: finds an ended case by its review id and reads who
 * approved the public reply, its text and the path in the diagram, then downloads the exports. An
 * agent can open neither the plugin nor its REST resource. The application runs as in
 * production, with its job executor (the same context as the Tasklist browser tests).
 */
@ExtendWith(ChromiumInstalled.class)
@ReviewRecoveryTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class CaseAuditBrowserTest {

  private static TasklistBrowser browser;

  @RegisterExtension
  final AfterTestExecutionCallback screenshotsOfAFailure = test -> test.getExecutionException()
      .ifPresent(failure -> browser.screenshotAll("failed-" + test.getRequiredTestMethod().getName()));

  @Autowired ApplicationContext application;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    browser = TasklistBrowser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAuditorFindsAnEndedCaseByItsReviewId_seesWhoApprovedThePublicReply_itsTextAndThePath() throws IOException {
    AuditedCases cases = new AuditedCases(application);
    String reviewId = AuditedCases.newReviewId();
    String reply = cases.endedWithAPublicReply(cases.received(reviewId));
    Page auditor = logIntoCockpit(browser.pageOf("audit-auditor"), "auditor");

    auditor.locator("[data-test=review-audit-link]").click();
    auditor.locator("[data-test=platformReviewId]").fill(reviewId);
    auditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find cases")).click();
    auditor.locator("[data-test=open-case]").filter(new Locator.FilterOptions().setHasText(reviewId)).click();

    Locator story = auditor.locator("[data-test=story]");
    PlaywrightAssertions.assertThat(story.locator("[data-test=standing]")).containsText("ENDED: PUBLIC_REPLY_POSTED");
    PlaywrightAssertions.assertThat(story.locator("[data-test=steps] tr")
        .filter(new Locator.FilterOptions().setHasText("Approve public reply"))).containsText("manager");
    assertThat(story.locator("[data-test=message] pre").last().textContent()).isEqualTo(reply);
    Locator diagram = story.locator("[data-test=diagram]");
    PlaywrightAssertions.assertThat(diagram.locator(".djs-element.highlight[data-element-id=" + TASK_APPROVE_PUBLIC_REPLY + "]"))
        .hasCount(1);
    PlaywrightAssertions.assertThat(diagram.locator(".djs-element.highlight[data-element-id=" + END_PUBLIC_REPLY_POSTED + "]"))
        .hasCount(1);
    PlaywrightAssertions.assertThat(diagram.locator(".djs-element.highlight[data-element-id=Task_ReportToPlatform]"))
        .hasCount(0);
    screenshot(auditor, "cockpit-case-audit");

    Download pdf = auditor.waitForDownload(() -> story.locator("[data-test=export-pdf]").click());
    Download exported = auditor.waitForDownload(() -> story.locator("[data-test=export-json]").click());

    String pdfText = AuditedCasesPdf.text(Files.readAllBytes(pdf.path()));
    assertThat(pdfText).contains("Case google:" + reviewId, "Completed by: manager at", AuditedCasesPdf.normalized(reply));
    JsonNode asJson = json.readTree(Files.readAllBytes(exported.path()));
    assertThat(asJson.at("/file/communications/1/body").asText()).isEqualTo(reply);
    assertThat(asJson.at("/file/businessKey").asText()).isEqualTo("google:" + reviewId);
  }

  @Test
  void anAgentCanOpenNeitherThePluginNorItsResource() {
    AuditedCases cases = new AuditedCases(application);
    String reviewId = AuditedCases.newReviewId();
    cases.received(reviewId);
    Page agent = browser.pageOf("audit-agent");
    agent.navigate(base() + "/camunda/app/tasklist/default/");
    logIn(agent, "agent");
    agent.locator(".task-filter").first().waitFor();

    Response cockpit = agent.navigate(base() + "/camunda/app/cockpit/default/#/review-audit");

    assertThat(cockpit.status()).as("Cockpit itself, to a user who may not open it").isEqualTo(403);
    PlaywrightAssertions.assertThat(agent.locator("[data-test=review-audit]")).hasCount(0);
    String resource = base() + CaseAuditTest.PLUGIN;
    assertThat(agent.request().get(resource + "/access").status()).isEqualTo(403);
    assertThat(agent.request().get(resource + "/cases/google:" + reviewId).status()).isEqualTo(403);
    assertThat(agent.request().get(resource + "/cases/google:" + reviewId + "/export.pdf").status()).isEqualTo(403);
  }

  private Page logIntoCockpit(Page page, String user) {
    page.navigate(base() + "/camunda/app/cockpit/default/");
    logIn(page, user);
    page.locator("[data-test=review-audit-link]").waitFor();
    return page;
  }

  private static void logIn(Page page, String user) {
    Locator name = page.getByPlaceholder("Username");
    name.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
    name.fill(user);
    page.getByPlaceholder("Password").fill(user);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
