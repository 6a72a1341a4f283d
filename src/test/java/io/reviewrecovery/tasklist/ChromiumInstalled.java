package io.reviewrecovery.tasklist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, before their application starts, on a developer's machine without
 * Debian's Chromium, saying how to get it. On CI ({@code CI=true}) they run anyway, and fail: CI
 * must never skip them silently.
 */
public final class ChromiumInstalled implements ExecutionCondition {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  static final String MISSING = "Chromium is not installed at " + CHROMIUM + ": `bash .ci/run` installs it (Debian "
      + "packages chromium and fonts-liberation), or run `apt-get install chromium fonts-liberation`.";

  static boolean installed() {
    return Files.isExecutable(CHROMIUM);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (installed()) {
      return ConditionEvaluationResult.enabled("Chromium is at " + CHROMIUM);
    }
    if ("true".equals(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("On CI the browser tests run, and fail without Chromium");
    }
    return ConditionEvaluationResult.disabled("Browser tests skipped. " + MISSING);
  }
}
