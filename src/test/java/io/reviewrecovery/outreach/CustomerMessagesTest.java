package io.reviewrecovery.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.reviewrecovery.ReviewRecoveryTest;
import io.reviewrecovery.messaging.CommunicationKind;
import io.reviewrecovery.responses.ResponseLink;
import io.reviewrecovery.responses.ResponseLinks;
import io.reviewrecovery.review.Channel;
import io.reviewrecovery.review.Proposal;
import io.reviewrecovery.review.RemedyType;
import io.reviewrecovery.review.Reviewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The wording of customer messages as the templates render it, in both parts. */
@ReviewRecoveryTest
class CustomerMessagesTest {

  private static final Reviewer JANE = new Reviewer("google:review-1001", "google", "review-1001", " Jane Doe ",
      "jane.doe@example.com", null);
  private static final String APOLOGY = "We are sorry that your lemon cake arrived two hours late and the icing had melted.";

  @Autowired
  CustomerMessages messages;
  @Autowired
  ResponseLinks responseLinks;

  @Test
  void theOutreachNamesTheApologyTheRefundAndItsDate_withTheAnswerLinks_andNeverTheReview() {
    List<ResponseLink> links = links(CommunicationKind.OUTREACH);

    CustomerMessages.Text outreach = messages.outreach(JANE, refund(APOLOGY, "Refunded to the card you paid with."), links);

    assertThat(outreach.subject()).isEqualTo("We are sorry, and we would like to make it right");
    assertThat(outreach.body()).startsWith("Dear Jane Doe,\n\n" + APOLOGY + "\n\n")
        .contains("To make it right, we will refund you £42.50; the refund will be processed on 1 December 2026.\n\n"
            + "Refunded to the card you paid with.\n\n")
        .contains("it is yours either way")
        .contains("I accept: " + links.get(0).url() + "\nNo thanks: " + links.get(1).url() + "\n")
        .endsWith("Kind regards,\nHarbour Street Bakery\ncare@harbourstreetbakery.example")
        .doesNotContainIgnoringCase("review");
    assertThat(outreach.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<title>" + outreach.subject(),
            "Dear Jane Doe,", APOLOGY, "£42.50", "1 December 2026", "Refunded to the card you paid with.",
            "href=\"" + links.get(0).url() + "\"", ">I accept</a>", "href=\"" + links.get(1).url() + "\"", ">No thanks</a>")
        .doesNotContainIgnoringCase("review");
  }

  @Test
  void withoutDetailsTheOutreachLeavesNoEmptyParagraph() {
    CustomerMessages.Text outreach = messages.outreach(JANE, refund(APOLOGY, null), links(CommunicationKind.OUTREACH));

    assertThat(outreach.body()).contains("1 December 2026.\n\nThis does not depend").doesNotContain("\n\n\n");
  }

  @Test
  void whatTheAgentTypedIsEscapedInTheHtmlPart() {
    String apology = "We are sorry <script>alert('x')</script> & that the cake arrived late and the icing had melted.";

    CustomerMessages.Text outreach = messages.outreach(JANE, refund(apology, "<b>bold</b>"), links(CommunicationKind.OUTREACH));

    assertThat(outreach.html()).doesNotContain("<script>", "<b>bold</b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; that the cake", "&lt;b&gt;bold&lt;/b&gt;");
    assertThat(outreach.body()).as("plain text is shown as typed").contains(apology, "<b>bold</b>");
  }

  @Test
  void theSatisfactionCheckSaysWhatWasDone_andAsksWithoutMentioningTheReview() {
    List<ResponseLink> links = links(CommunicationKind.SATISFACTION_CHECK);

    CustomerMessages.Text check = messages.satisfactionCheck(JANE, refund(APOLOGY, null), links);

    assertThat(check.subject()).isEqualTo("Is everything now as it should be?");
    assertThat(check.body()).contains("your refund of £42.50 has been processed.",
            "Yes, all good: " + links.get(0).url() + "\nNot yet: " + links.get(1).url())
        .doesNotContainIgnoringCase("review");
    assertThat(check.html()).contains(">Yes, all good</a>", ">Not yet</a>").doesNotContainIgnoringCase("review");
  }

  @Test
  void theUpdateRequestGentlySuggestsAnUpdate_offersNothing_andOnlyLetsTheCustomerSayNo() {
    List<ResponseLink> links = links(CommunicationKind.UPDATE_REQUEST);

    CustomerMessages.Text request = messages.updateRequest(JANE, links);

    assertThat(links).singleElement().satisfies(link -> assertThat(link.label()).isEqualTo("No thanks"));
    assertThat(request.body()).contains("your review on Google no longer reflects your experience",
            "you are welcome to update it", "entirely up to you", "we will not ask again", "No thanks: " + links.get(0).url())
        .doesNotContainIgnoringCase("remove").doesNotContainIgnoringCase("delete")
        .doesNotContain("£", "discount", "voucher", "refund");
    assertThat(request.html()).contains("you are welcome to update").doesNotContainIgnoringCase("remove");
  }

  private List<ResponseLink> links(CommunicationKind kind) {
    return responseLinks.forMessage(JANE.businessKey(), kind, 1);
  }

  private static Proposal refund(String apology, String details) {
    return new Proposal(1, Channel.EMAIL, apology, RemedyType.REFUND, details, new BigDecimal("42.50"), LocalDate.of(2026, 12, 1));
  }
}
