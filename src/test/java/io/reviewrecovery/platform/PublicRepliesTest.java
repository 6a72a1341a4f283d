package io.reviewrecovery.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.compliance.CaseSpecifics;
import io.reviewrecovery.compliance.PublicReplyGuard;
import io.reviewrecovery.config.ReviewRecoveryProperties;
import io.reviewrecovery.jobs.JobFailure;
import io.reviewrecovery.messaging.Communication;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.messaging.CommunicationLog;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.PlatformReview;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A public reply is posted at most once per case, only when the transaction that posts it commits,
 * and only when it still passes the checks it passed at approval. Where the posts are counted, the
 * platform is a recording test double passed to the constructor (no second Spring context);
 * everything else is the application's.
 */
@ReviewRecoveryTest
@Tag("postgres")
class PublicRepliesTest {

  private static final String REPLY = "We sincerely apologize for the initial experience. We have been in touch "
      + "with the customer privately to put things right.";
  /** Rosalind Pemberton, shown as "Rosalind P." on the platform, ordered HSB-20417 and was offered a new cake. */
  private static final CaseSpecifics ROSALIND = new CaseSpecifics(List.of("Rosalind P.", "Rosalind Pemberton"),
      "HSB-20417", "A new birthday cake delivered on Saturday morning.");

  @Autowired
  PublicReplies publicReplies;
  @Autowired
  ReviewRecoveryProperties properties;
  @Autowired
  CommunicationLog communicationLog;
  @Autowired
  PublicReplyGuard guard;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  private final String reviewId = "reply-" + UUID.randomUUID();
  private final String businessKey = "trustpilot:" + reviewId;
  private final PlatformReview review = new PlatformReview("trustpilot", reviewId);

  @ParameterizedTest(name = "remedy implemented {0}, customer satisfied {1}: resolved {2}")
  @CsvSource({"true, true, true", "true, false, false", "false, false, false"})
  void theDraftSaysResolvedPrivatelyOnlyWhenTheRemedyWasImplementedAndTheCustomerIsSatisfied(
      boolean remedyImplemented, boolean customerSatisfied, boolean resolved) {
    assertThat(publicReplies.draft(remedyImplemented, customerSatisfied).contains("resolved with the customer privately"))
        .isEqualTo(resolved);
  }

  @Test
  void theDraftForACaseNotResolvedSaysOnlyThatWeWereInTouch_notThatAnOfferStands() {
    assertThat(publicReplies.draft(true, false)).isEqualTo("We sincerely apologize for the initial experience. We have "
        + "been in touch with the customer privately to put things right. If you would like to talk to us, please "
        + "contact us at " + properties.business().contactEmail() + ".");
  }

  @Test
  void postingTheReplyTwiceLogsItOnce() {
    publicReplies.post(businessKey, review, REPLY, ROSALIND);
    publicReplies.post(businessKey, review, REPLY, ROSALIND);

    assertThat(rowsOfCase()).isEqualTo(1);
    Communication entry = communicationLog.forCase(businessKey).get(0);
    assertThat(entry.idempotencyKey()).isEqualTo(businessKey + ":PUBLIC_REPLY:1");
    assertThat(entry.kind()).isEqualTo(CommunicationKind.PUBLIC_REPLY);
    assertThat(entry.channel()).isEqualTo(Channel.PLATFORM_PUBLIC);
    assertThat(entry.recipient()).isEqualTo("trustpilot review " + reviewId);
    assertThat(entry.subject()).isNull();
    assertThat(entry.body()).isEqualTo(REPLY);
  }

  @Test
  void postingTheReplyTwiceReachesThePlatformOnce() {
    RecordingPlatform platform = new RecordingPlatform();
    PublicReplies replies = new PublicReplies(properties, platform, communicationLog, guard);

    replies.post(businessKey, review, REPLY, ROSALIND);
    replies.post(businessKey, review, "A second, different text must not be posted either.", ROSALIND);

    assertThat(platform.posted).containsExactly(REPLY);
    assertThat(rowsOfCase()).isEqualTo(1);
  }

  @Test
  void aPostThatFailsInsideTheTransactionLeavesNoEntrySoARetryPosts() {
    PublicReplies failing = new PublicReplies(properties, (review, text) -> {
      throw new IllegalStateException("platform unavailable");
    }, communicationLog, guard);
    RecordingPlatform platform = new RecordingPlatform();
    PublicReplies working = new PublicReplies(properties, platform, communicationLog, guard);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> failing.post(businessKey, review, REPLY, ROSALIND)))
        .hasMessage("platform unavailable");
    assertThat(rowsOfCase()).isZero();

    transaction.executeWithoutResult(status -> working.post(businessKey, review, REPLY, ROSALIND));

    assertThat(platform.posted).containsExactly(REPLY);
    assertThat(rowsOfCase()).isEqualTo(1);
  }

  @Test
  void aReplyChangedToNameTheCustomerIsNotPosted_andTheJobIsNotRetried() {
    RecordingPlatform platform = new RecordingPlatform();
    PublicReplies replies = new PublicReplies(properties, platform, communicationLog, guard);

    assertThatThrownBy(() -> replies.post(businessKey, review, "Thank you, Rosalind. " + REPLY, ROSALIND))
        .isInstanceOfSatisfying(JobFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(JobFailure.Kind.REFUSED))
        .hasMessageContaining("The public reply of case " + businessKey + " was not posted")
        .hasMessageContaining("\"Rosalind\" is the customer's name")
        .hasMessageContaining("Not retried");

    assertThat(platform.posted).isEmpty();
    assertThat(rowsOfCase()).isZero();
  }

  @Test
  void aReplyOverTheByteLimitIsNotPosted() {
    RecordingPlatform platform = new RecordingPlatform();
    PublicReplies replies = new PublicReplies(properties, platform, communicationLog, guard);
    String tooLong = REPLY + " " + "Merci à toute l'équipe. ".repeat(160);

    assertThatThrownBy(() -> replies.post(businessKey, review, tooLong, ROSALIND))
        .isInstanceOf(JobFailure.class)
        .hasMessageContaining("Shorten the public reply to at most 4096 bytes (UTF-8)");

    assertThat(platform.posted).isEmpty();
    assertThat(rowsOfCase()).isZero();
  }

  private long rowsOfCase() {
    return jdbc.queryForObject("select count(*) from communication where business_key = ?", Long.class, businessKey);
  }

  /** Keeps the texts it was asked to post. */
  static class RecordingPlatform implements ReviewPlatform {

    final List<String> posted = new CopyOnWriteArrayList<>();

    @Override
    public void postPublicReply(PlatformReview review, String text) {
      posted.add(text);
    }
  }
}
