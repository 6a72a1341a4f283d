package io.reviewrecovery.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.messaging.ChannelDelivery;
import io.reviewrecovery.messaging.CustomerMessage;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Platform;
import io.reviewrecovery.review.PlatformReview;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PlatformRoutingTest {

  private static final PlatformReview YELP_REVIEW = new PlatformReview("yelp", "y-1");

  @Test
  void theAdapterOfTheReviewsPlatformPostsTheReply() {
    RecordingAdapter yelp = new RecordingAdapter(Platform.YELP);
    RecordingAdapter google = new RecordingAdapter(Platform.GOOGLE);

    new PlatformRouting(List.of(google, yelp), environment()).postPublicReply(YELP_REVIEW, "Reply");

    assertThat(yelp.posted).containsExactly("Reply");
    assertThat(google.posted).isEmpty();
  }

  @Test
  void withoutAnAdapterTheLocalProfileKeepsTheReplyLocally() {
    assertThatNoException().isThrownBy(() -> new PlatformRouting(List.of(), environment("local"))
        .postPublicReply(YELP_REVIEW, "Reply"));
  }

  @Test
  void withoutAnAdapterAnyOtherProfileRefusesToPretendItPosted() {
    PlatformRouting routing = new PlatformRouting(List.of(new RecordingAdapter(Platform.GOOGLE)), environment("prod"));

    assertThatThrownBy(() -> routing.postPublicReply(YELP_REVIEW, "Reply")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Yelp is not enabled").hasMessageContaining("REVIEW_RECOVERY_YELP_ENABLED=true");
  }

  @Test
  void twoAdaptersForOnePlatformAreAConfigurationError() {
    assertThatThrownBy(() -> new PlatformRouting(
        List.of(new RecordingAdapter(Platform.YELP), new RecordingAdapter(Platform.YELP)), environment()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two adapters for YELP");
  }

  @Test
  void directMessagesAreOfferedOnlyWhenADeliveryForThemIsConfigured_inTheLocalProfileToo() {
    assertThat(new PlatformDirectMessages(List.of()).unavailable("trustpilot"))
        .hasValue("Trustpilot has no direct messages this application can send: choose email or phone.");
    assertThat(new PlatformDirectMessages(List.of(new Delivery(Channel.EMAIL))).unavailable("google"))
        .hasValue("Google has no direct messages this application can send: choose email or phone.");
    assertThat(new PlatformDirectMessages(List.of(new Delivery(Channel.PLATFORM_MESSAGE))).unavailable("google")).isEmpty();
  }

  private record Delivery(Channel channel) implements ChannelDelivery {
    @Override
    public void deliver(CustomerMessage message) {
      throw new UnsupportedOperationException("only its channel is read");
    }
  }

  private static MockEnvironment environment(String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    return environment;
  }

  private static final class RecordingAdapter implements PlatformAdapter {
    private final Platform platform;
    private final List<String> posted = new ArrayList<>();

    private RecordingAdapter(Platform platform) {
      this.platform = platform;
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public void postPublicReply(PlatformReview review, String text) {
      posted.add(text);
    }
  }
}
