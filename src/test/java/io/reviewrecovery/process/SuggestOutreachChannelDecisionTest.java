package io.reviewrecovery.process;

import static io.reviewrecovery.process.ReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.review.Channel;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule of processes/SuggestOutreachChannel.dmn, evaluated by the engine as deployed: one row
 * per rule, plus rows that show the first matching rule wins (hit policy FIRST).
 */
@ReviewRecoveryTest
class SuggestOutreachChannelDecisionTest {

  /** 400 characters and more: a long complaint. */
  private static final String LONG_COMPLAINT = "The cake was late, the icing had melted, the wrong name was written on it, "
      .repeat(6);
  private static final String SHORT_COMPLAINT = "The cake arrived two hours late.";

  @Autowired DecisionService decisionService;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      rule 1: a high-value customer with a phone is called      | true  | true  | true  | false | true  | PHONE            | high-value customer
      rule 2: a long complaint with a phone is talked through   | false | true  | true  | true  | true  | PHONE            | long complaint
      rule 3: otherwise email, where there is an address        | false | true  | true  | false | true  | EMAIL            | in writing
      rule 3 before rule 4: high value without a phone is email  | true  | true  | false | true  | true  | EMAIL            | in writing
      rule 4: no email, but a phone                             | false | false | true  | false | true  | PHONE            | No email address on record, but a phone number
      rule 2 needs a phone: a long complaint without is emailed | false | true  | false | true  | true  | EMAIL            | in writing
      rule 5: nothing on record, the platform's messages        | true  | false | false | true  | true  | PLATFORM_MESSAGE | direct message on the platform
      rule 6: nothing reaches the customer                      | false | false | false | false | false | null             | find the customer's contact details
      """)
  void suggestsTheChannelOfTheFirstMatchingRule(String rule, boolean highValue, boolean emailOnRecord,
      boolean phoneOnRecord, boolean longComplaint, boolean platformMessages, Channel channel, String reasonSays) {
    DmnDecisionRuleResult suggestion = decisionService.evaluateDecisionTableByKey("SuggestOutreachChannel",
        VariableValues.with(CUSTOMER_HIGH_VALUE, highValue)
            .and(EMAIL_ON_RECORD, emailOnRecord)
            .and(PHONE_ON_RECORD, phoneOnRecord)
            .and(REVIEW_TEXT, longComplaint ? LONG_COMPLAINT : SHORT_COMPLAINT)
            .and(PLATFORM_MESSAGES_AVAILABLE, platformMessages)
            .asVariableMap())
        .getSingleResult();

    assertThat(SUGGESTED_CHANNEL.from(suggestion)).isEqualTo(channel);
    assertThat(CHANNEL_SUGGESTION_REASON.from(suggestion)).contains(reasonSays);
  }
}
