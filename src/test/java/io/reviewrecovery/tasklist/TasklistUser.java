package io.reviewrecovery.tasklist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One person working in Tasklist, as they would: log in, pick a filter, open a task from the list,
 * claim it, fill in its form and complete it. Every step waits for what the page shows next, with
 * Playwright's time limit.
 */
final class TasklistUser {

  /** How long Tasklist may take to load its scripts on a busy machine; any other step has Playwright's limit. */
  private static final Duration STARTING_UP = Duration.ofSeconds(60);

  private final Page page;
  private final String tasklistUrl;
  private final String user;

  TasklistUser(Page page, String baseUrl, String user) {
    this.page = page;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/default/";
    this.user = user;
  }

  Page page() {
    return page;
  }

  /** Opens Tasklist afresh (a full page load, not a jump within it), logging in when this browser has no session yet. */
  TasklistUser openTasklist() {
    page.navigate("about:blank");
    page.navigate(tasklistUrl);
    Locator login = page.getByPlaceholder("Username");
    Locator filters = page.locator(".task-filter");
    login.or(filters.first()).waitFor(new Locator.WaitForOptions().setTimeout(STARTING_UP.toMillis()));
    if (login.isVisible()) {
      login.fill(user);
      page.getByPlaceholder("Password").fill(user);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
    filters.first().waitFor();
    return this;
  }

  /** The names of the filters in the sidebar, top to bottom. */
  List<String> filterNames() {
    return page.locator(".task-filter h4.name a").allTextContents().stream()
        .map(name -> name.replaceAll("\\s*\\d*\\s*$", "").strip()).toList();
  }

  TasklistUser openFilter(String name) {
    // The pointer off the sidebar: resting on the filter opened before, it shows that filter's
    // description in a tooltip that covers the filter above, and a slow page leaves it time to.
    page.mouse().move(0, 0);
    page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(name)).click();
    assertThat(page.locator(".task-filter.active")).containsText(name);
    // The filter shows its count once its list has loaded.
    assertThat(page.locator(".task-filter.active .counter")).hasText(Pattern.compile("\\d+"));
    return this;
  }

  /** The tasks in the open filter's list that belong to the review quoted by {@code reviewWords}. */
  Locator tasksOf(String reviewWords) {
    return page.locator(".tasks-list li.task").filter(new Locator.FilterOptions().setHasText(reviewWords));
  }

  /** Opens the task of this step from the open filter's list. */
  TasklistUser openTask(String step, String reviewWords) {
    tasksOf(reviewWords).filter(new Locator.FilterOptions().setHasText(step)).locator("h4.task a").click();
    assertThat(page.locator(".task-card h2.task")).containsText(step);
    form().first().waitFor();
    return this;
  }

  TasklistUser claim() {
    page.locator(".task-card .claim").click();
    page.locator(".task-card .unclaim").waitFor();
    return this;
  }

  /** The open task's form. */
  Locator form() {
    return page.locator(".task-card .fjs-form");
  }

  /** The form field with this label (required fields add an asterisk). */
  Locator field(String label) {
    // Playwright runs the pattern as a JavaScript regular expression: no \\Q…\\E quoting there.
    String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    return form().getByLabel(Pattern.compile("^" + literal + "\\s*\\*?$"));
  }

  TasklistUser fill(String label, String value) {
    field(label).fill(value);
    return this;
  }

  /** Scrolls the form to this field, e.g. for a screenshot. */
  TasklistUser show(String label) {
    field(label).scrollIntoViewIfNeeded();
    return this;
  }

  /** Types a date into a date field in the format its placeholder shows (e.g. dd/mm/yyyy), as a person would. */
  TasklistUser fillDate(String label, LocalDate date) {
    Locator input = field(label);
    String format = input.getAttribute("placeholder").replace("mm", "MM");
    input.fill(date.format(DateTimeFormatter.ofPattern(format)));
    input.press("Enter");
    return this;
  }

  /** Ticks a radio button, checkbox or checklist entry. */
  TasklistUser tick(String label) {
    field(label).check();
    return this;
  }

  /** Picks an option of the select field with this label that can be changed (not a read-only suggestion). */
  TasklistUser select(String label, String option) {
    form().locator(".fjs-form-field-select").filter(new Locator.FilterOptions().setHasText(label))
        .locator(".fjs-input-group:not(.disabled)").click();
    page.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    return this;
  }

  /** Completes the task and waits until Tasklist has closed it. */
  void complete() {
    clickComplete();
    assertThat(page.locator(".task-card")).hasCount(0);
  }

  /** Completes the task, which the server refuses: the task stays open, and Tasklist shows the refusal. */
  Locator completeRefused() {
    clickComplete();
    Locator refusal = page.locator("[notifications-panel] .alert:visible");
    refusal.waitFor();
    assertThat(page.locator(".task-card")).hasCount(1);
    return refusal;
  }

  /** Closes Tasklist's messages, which cover the bottom of the form. */
  TasklistUser dismissMessages() {
    Locator messages = page.locator("[notifications-panel] .alert button.close:visible");
    while (messages.count() > 0) {
      messages.first().click();
    }
    return this;
  }

  private void clickComplete() {
    page.locator(".task-card").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete").setExact(true))
        .click();
  }
}
