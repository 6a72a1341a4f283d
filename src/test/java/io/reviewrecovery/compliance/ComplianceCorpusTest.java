package io.reviewrecovery.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the guards on a labelled corpus of texts written the way staff write under pressure
 * ({@code src/test/resources/compliance/corpus-*.tsv}): outreach, public replies, update requests
 * and invitations, each to allow or to block, with its rule. The rules were tuned on the tuning set
 * only; the held-out set, written with it before any tuning, shows how they do on wording they were
 * not tuned on. Both count for the thresholds: every text to block is refused by its rule, and at
 * most 3% of the texts to allow are refused. The figures per rule and set are logged and written to
 * {@code target/compliance-corpus.md}.
 */
class ComplianceCorpusTest {

  private static final Logger LOG = LoggerFactory.getLogger(ComplianceCorpusTest.class);
  private static final List<String> SETS = List.of("tuning", "held-out", "fresh", "fresh-2", "fresh-3", "fresh-4");
  private static final double MAX_FALSE_ALARMS = 0.03;
  private static final ReviewRecoveryProperties PROPERTIES = new ReviewRecoveryProperties(
      new ReviewRecoveryProperties.Business("Harbour Street Bakery", "care@harbourstreetbakery.example", "+44 20 7946 0000",
          Locale.UK, ZoneId.of("Europe/London")),
      null, null, null);
  private static final CaseSpecifics JANE = new CaseSpecifics(List.of("Jane D.", "Jane Doe"), "HSB-10231",
      "A replacement lemon cake delivered on Friday morning before 10 am.");

  private final OutreachGuard outreach = new OutreachGuard();
  private final PublicReplyGuard publicReplies = new PublicReplyGuard(PROPERTIES, new SimpleMeterRegistry());
  private final InvitationGuard invitations = new InvitationGuard();

  /** One labelled text; {@code rules} are those that must refuse it (block), or whose words it comes near (allow). */
  private record Text(String set, int line, String kind, boolean block, List<String> rules, String text) {
  }

  /** A text and what the guard of its kind said about it. */
  private record Verdict(Text text, List<String> rulesBroken, List<String> explanations) {

    boolean blocked() {
      return !rulesBroken.isEmpty();
    }

    /** Refused, by every rule it is labelled with. */
    boolean caught() {
      return blocked() && rulesBroken.containsAll(text.rules());
    }
  }

  @Test
  void refusesEveryTextToBlockByItsRule_andAtMostThreePercentOfTheTextsToAllow() throws IOException {
    List<Verdict> verdicts = SETS.stream().flatMap(set -> read(set).stream()).map(this::judge).toList();

    String figures = figures(verdicts);
    LOG.info("Compliance corpus\n{}", figures);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "compliance-corpus.md"), figures);

    List<Verdict> toBlock = verdicts.stream().filter(verdict -> verdict.text().block()).toList();
    List<Verdict> toAllow = verdicts.stream().filter(verdict -> !verdict.text().block()).toList();
    assertThat(toBlock).as("texts to block, each refused by its rule").allMatch(Verdict::caught, "caught");
    assertThat((double) toAllow.stream().filter(Verdict::blocked).count() / toAllow.size())
        .as("false alarms on the texts to allow").isLessThanOrEqualTo(MAX_FALSE_ALARMS);
  }

  private Verdict judge(Text text) {
    return switch (text.kind()) {
      case "outreach" -> fromBreaches(text, outreach.check(text.text()));
      case "update-request" -> fromBreaches(text, outreach.checkUpdateRequest(text.text()));
      case "invitation" -> fromBreaches(text, invitations.check(text.text()));
      case "public-reply" -> {
        List<ReplyFinding> findings = publicReplies.check(text.text(), JANE);
        yield new Verdict(text, findings.stream().flatMap(finding -> finding.rules().stream()).distinct().toList(),
            findings.stream().map(ReplyFinding::explanation).toList());
      }
      default -> throw new IllegalArgumentException("Unknown kind '%s' on line %d of the %s set".formatted(text.kind(),
          text.line(), text.set()));
    };
  }

  private static Verdict fromBreaches(Text text, List<SentenceBreach> breaches) {
    return new Verdict(text, breaches.stream().flatMap(breach -> breach.rules().stream()).map(SentenceRule::name).distinct().toList(),
        breaches.stream().map(SentenceBreach::explanation).toList());
  }

  private static List<Text> read(String set) {
    String resource = "/compliance/corpus-" + set + ".tsv";
    try (InputStream in = ComplianceCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<Text> texts = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        assertThat(columns).as("%s line %d: kind, expected, rule, text", resource, i + 1).hasSize(4);
        assertThat(columns[1]).as("%s line %d: expected", resource, i + 1).isIn("allow", "block");
        List<String> rules = "-".equals(columns[2]) ? List.of()
            : Arrays.stream(columns[2].split(",")).map(rule -> rule.strip().toLowerCase(Locale.ROOT)).toList();
        texts.add(new Text(set, i + 1, columns[0], "block".equals(columns[1]), rules, columns[3]));
      }
      return texts;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }

  /** The tables: size per rule and kind; recall and false alarms per rule and set; every miss, with what the guard said. */
  private static String figures(List<Verdict> verdicts) {
    StringBuilder out = new StringBuilder();
    TreeSet<String> rules = verdicts.stream().flatMap(verdict -> verdict.text().rules().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> kinds = verdicts.stream().map(verdict -> verdict.text().kind()).distinct().toList();

    out.append("## Corpus size (to block / to allow)\n\n| rule | ").append(String.join(" | ", kinds)).append(" | total |\n|")
        .append(" --- |".repeat(kinds.size() + 2)).append('\n');
    for (String rule : rules) {
      out.append("| ").append(rule);
      for (String kind : kinds) {
        out.append(" | ").append(sizes(verdicts, verdict -> verdict.text().kind().equals(kind) && verdict.text().rules().contains(rule)));
      }
      out.append(" | ").append(sizes(verdicts, verdict -> verdict.text().rules().contains(rule))).append(" |\n");
    }
    out.append("| all");
    for (String kind : kinds) {
      out.append(" | ").append(sizes(verdicts, verdict -> verdict.text().kind().equals(kind)));
    }
    out.append(" | ").append(sizes(verdicts, verdict -> true)).append(" |\n\n");

    out.append("## Recall and false alarms\n\nRecall: texts to block that the rule refused. Near misses: texts to allow that "
        + "come near the rule's words, and how many were refused (by any rule). Caused: texts to allow that the rule refused.\n\n");
    List<String> columns = new ArrayList<>(List.of("all"));
    columns.addAll(SETS);
    out.append("| rule |");
    columns.forEach(set -> out.append(" recall (").append(set).append(") | near-miss false alarms (").append(set)
        .append(") | caused (").append(set).append(") |"));
    out.append("\n|").append(" --- |".repeat(1 + 3 * columns.size())).append('\n');
    Map<String, Predicate<Verdict>> rows = new LinkedHashMap<>();
    rules.forEach(rule -> rows.put(rule, verdict -> verdict.text().rules().contains(rule)));
    rows.put("overall", verdict -> true);
    rows.forEach((rule, labelled) -> {
      out.append("| ").append(rule).append(" |");
      for (String set : columns) {
        Predicate<Verdict> inSet = verdict -> "all".equals(set) || verdict.text().set().equals(set);
        List<Verdict> toBlock = verdicts.stream().filter(inSet.and(labelled)).filter(verdict -> verdict.text().block()).toList();
        List<Verdict> nearMisses = verdicts.stream().filter(inSet.and(labelled)).filter(verdict -> !verdict.text().block()).toList();
        List<Verdict> allowed = verdicts.stream().filter(inSet).filter(verdict -> !verdict.text().block()).toList();
        long caused = "overall".equals(rule) ? allowed.stream().filter(Verdict::blocked).count()
            : allowed.stream().filter(verdict -> verdict.rulesBroken().contains(rule)).count();
        out.append(' ').append(ratio(toBlock.stream().filter(Verdict::caught).count(), toBlock.size())).append(" | ")
            .append(ratio(nearMisses.stream().filter(Verdict::blocked).count(), nearMisses.size())).append(" | ")
            .append(ratio(caused, allowed.size())).append(" |");
      }
      out.append('\n');
    });

    out.append("\n## Misses\n\n");
    verdicts.stream().filter(verdict -> verdict.text().block() ? !verdict.caught() : verdict.blocked()).forEach(verdict -> out
        .append("- ").append(verdict.text().set()).append(" line ").append(verdict.text().line()).append(", ")
        .append(verdict.text().kind()).append(", ").append(verdict.text().block() ? "to block by " + verdict.text().rules()
            : "to allow").append(": ").append(verdict.text().text()).append("\n  -> ")
        .append(verdict.blocked() ? String.join(" ", verdict.explanations()) : "allowed").append('\n'));
    return out.toString();
  }

  private static String sizes(List<Verdict> verdicts, Predicate<Verdict> which) {
    long block = verdicts.stream().filter(which).filter(verdict -> verdict.text().block()).count();
    long allow = verdicts.stream().filter(which).filter(verdict -> !verdict.text().block()).count();
    return block + allow == 0 ? "" : block + " / " + allow;
  }

  private static String ratio(long count, int of) {
    return of == 0 ? "-" : "%d/%d (%.1f%%)".formatted(count, of, 100.0 * count / of);
  }
}
