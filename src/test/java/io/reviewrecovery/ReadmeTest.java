package io.reviewrecovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README a newcomer reads honest: short, showing the two commands that run the
 * application and its tests, with CI running that same test command, and with every relative link
 * in README.md and docs/*.md leading to a file, and every {@code #anchor} to a heading, that exist.
 * Plain files, no Spring: it runs in a second.
 */
class ReadmeTest {

  private static final Path ROOT = Paths.get("").toAbsolutePath();
  private static final Path README = ROOT.resolve("README.md");
  private static final int MAX_README_LINES = 220;
  private static final String RUN_COMMAND = "./mvnw spring-boot:run";
  private static final String TEST_COMMAND = "./mvnw verify";

  @Test
  void theReadmeIsReadInFiveMinutes() {
    assertThat(lines(README).size()).as("lines of README.md: move detail into docs/")
        .isLessThanOrEqualTo(MAX_README_LINES);
  }

  @Test
  void theReadmeShowsHowToRunTheApplicationAndItsTests() {
    assertThat(Markdown.read(README).commands()).contains(RUN_COMMAND, TEST_COMMAND);
  }

  @Test
  void ciRunsTheReadmesTestCommand() {
    List<String> ciCommands = lines(ROOT.resolve(".ci/run")).stream()
        .map(Markdown::withoutComment)
        .filter(line -> !line.isEmpty())
        .map(ReadmeTest::withoutOptions)
        .toList();

    assertThat(ciCommands).as(".ci/run, options aside").contains(TEST_COMMAND);
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(pages).as("the docs pages").hasSizeGreaterThan(1);

    assertThat(brokenLinks(ROOT, pages)).isEmpty();
  }

  @Test
  void aLinkToAMissingFileOrHeadingIsFound(@TempDir Path repository) throws IOException {
    Files.createDirectories(repository.resolve("docs"));
    Files.writeString(repository.resolve("docs/guide.md"), """
        # Guide

        ## Receive a review: `POST /api/reviews`

        ## Errors
        ## Errors
        """);
    Path readme = Files.writeString(repository.resolve("README.md"), """
        # Title

        [fine](docs/guide.md#receive-a-review-post-apireviews), [second errors](docs/guide.md#errors-1),
        [here](#title), [outside](https://example.com/missing.md), ![picture](docs/guide.md)
        [gone](docs/missing.md) and [moved](docs/guide.md#configuration) and [nowhere](#nowhere)
        [escapes the repository](../README.md)
        `[in code](nothing.md)`

        ```bash
        # not a heading, and [not a link](either.md)
        ```
        """);

    assertThat(brokenLinks(repository, List.of(readme, repository.resolve("docs/guide.md")))).containsExactly(
        "README.md: docs/missing.md (no such file)",
        "README.md: docs/guide.md#configuration (no such heading)",
        "README.md: #nowhere (no such heading)",
        "README.md: ../README.md (outside the repository)");
  }

  @Test
  void anchorsAreGitHubsSlugsOfTheHeadings() {
    Markdown page = Markdown.parse("""
        # The process
        ## Webhooks: `POST /api/platform-webhooks/{platform}`
        ## Where each rule lives
        ## Where each rule lives
        ## Customer's answer (phone_or_email) -- [link](x.md)
        """);

    assertThat(page.anchors()).containsExactly("the-process", "webhooks-post-apiplatform-webhooksplatform",
        "where-each-rule-lives", "where-each-rule-lives-1", "customers-answer-phone_or_email----link");
  }

  /** Each relative link of the pages that leads nowhere, as {@code page: target (why)}. */
  private static List<String> brokenLinks(Path repository, List<Path> pages) {
    Map<Path, Set<String>> anchorsOf = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      for (String target : Markdown.read(page).links()) {
        if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
          continue; // https:, mailto: and the like leave the repository
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        String problem = null;
        if (!linked.startsWith(repository)) {
          problem = "outside the repository";
        } else if (!Files.exists(linked)) {
          problem = "no such file";
        } else if (!anchor.isEmpty() && !anchorsOf.computeIfAbsent(linked, ReadmeTest::anchorsIn).contains(anchor)) {
          problem = "no such heading";
        }
        if (problem != null) {
          broken.add(repository.relativize(page) + ": " + target + " (" + problem + ")");
        }
      }
    }
    return broken;
  }

  private static Set<String> anchorsIn(Path file) {
    return file.toString().endsWith(".md") && Files.isRegularFile(file) ? Markdown.read(file).anchors() : Set.of();
  }

  /** A shell command without its options ({@code ./mvnw -B verify} is {@code ./mvnw verify}). */
  private static String withoutOptions(String command) {
    return String.join(" ", Arrays.stream(command.trim().split("\\s+")).filter(word -> !word.startsWith("-")).toList());
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What this test reads in a Markdown page: its headings' anchors, the targets of its links, and
   * the commands in its code blocks. Code (fenced blocks and `spans`) holds neither headings nor links.
   */
  record Markdown(List<String> prose, List<String> code) {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    /** The end of an inline link or image, {@code ](target)} or {@code ](target "title")}. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    static Markdown read(Path file) {
      return parse(String.join("\n", lines(file)));
    }

    static Markdown parse(String text) {
      List<String> prose = new ArrayList<>();
      List<String> code = new ArrayList<>();
      boolean inCode = false;
      for (String line : text.split("\n", -1)) {
        if (FENCE.matcher(line).find()) {
          inCode = !inCode;
        } else {
          (inCode ? code : prose).add(line);
        }
      }
      return new Markdown(prose, code);
    }

    /** The anchors GitHub gives the headings: lower case, punctuation but '-' and '_' dropped, spaces to '-'. */
    Set<String> anchors() {
      Set<String> anchors = new LinkedHashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      for (String line : prose) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
          String slug = LINK.matcher(heading.group(1)).replaceAll("$1")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
          int repeats = seen.merge(slug, 1, Integer::sum) - 1;
          anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
        }
      }
      return anchors;
    }

    /** The targets of the page's inline links and images, in order. */
    List<String> links() {
      List<String> targets = new ArrayList<>();
      for (String line : prose) {
        Matcher link = LINK_TARGET.matcher(CODE_SPAN.matcher(line).replaceAll(""));
        while (link.find()) {
          targets.add(link.group(1));
        }
      }
      return targets;
    }

    /** The lines of the code blocks, each without a trailing {@code # comment}. */
    List<String> commands() {
      return code.stream().map(Markdown::withoutComment).filter(line -> !line.isEmpty()).toList();
    }

    /** The line without a shell comment: a '#' at its start or after a space, to the end. */
    static String withoutComment(String line) {
      return COMMENT.matcher(line).replaceFirst("").trim();
    }
  }
}
