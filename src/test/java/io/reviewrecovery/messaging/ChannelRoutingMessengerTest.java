package io.reviewrecovery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.review.Channel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ChannelRoutingMessengerTest {

  private static final CustomerMessage EMAIL = new CustomerMessage("google:1:OUTREACH:1", "google:1", Channel.EMAIL,
      "jane@example.com", "Subject", "Body", "<p>Body</p>");

  @Test
  void aConfiguredDeliveryGetsTheMessagesOfItsChannel() {
    RecordingDelivery email = new RecordingDelivery(Channel.EMAIL);

    new ChannelRoutingMessenger(List.of(email), environment()).deliver(EMAIL);

    assertThat(email.delivered).containsExactly(EMAIL);
  }

  @Test
  void withoutADeliveryTheLocalProfileKeepsTheMessageInTheOutbox_andLogsNoPersonalData(CapturedOutput output) {
    assertThatNoException().isThrownBy(() -> new ChannelRoutingMessenger(List.of(), environment("local")).deliver(EMAIL));

    assertThat(output).contains("Case google:1: EMAIL message kept in the local outbox").doesNotContain("jane@example.com");
  }

  @Test
  void withoutADeliveryAnyOtherProfileRefusesToPretendItSent() {
    ChannelRoutingMessenger messenger = new ChannelRoutingMessenger(List.of(new RecordingDelivery(Channel.PLATFORM_MESSAGE)),
        environment("prod"));

    assertThatThrownBy(() -> messenger.deliver(EMAIL)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No delivery is configured for EMAIL");
  }

  @Test
  void twoDeliveriesForOneChannelAreAConfigurationError() {
    assertThatThrownBy(() -> new ChannelRoutingMessenger(
        List.of(new RecordingDelivery(Channel.EMAIL), new RecordingDelivery(Channel.EMAIL)), environment()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two deliveries for EMAIL");
  }

  private static MockEnvironment environment(String... profiles) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profiles);
    return environment;
  }

  private static final class RecordingDelivery implements ChannelDelivery {
    private final Channel channel;
    private final List<CustomerMessage> delivered = new ArrayList<>();

    private RecordingDelivery(Channel channel) {
      this.channel = channel;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public void deliver(CustomerMessage message) {
      delivered.add(message);
    }
  }
}
