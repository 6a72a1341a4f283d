package io.reviewrecovery.invitations;

import io.reviewrecovery.responses.CustomerPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The page behind the unsubscribe link of a review invitation, without a login (the signed token is
 * the credential). Opening it is enough: it records the opt-out and says so. A POST does the same,
 * for mail programs that unsubscribe with one click.
 */
@Controller
@CustomerPage
@RequestMapping(InvitationOptOuts.PATH + "{token}")
public class UnsubscribeController {

  private final InvitationOptOuts optOuts;

  public UnsubscribeController(InvitationOptOuts optOuts) {
    this.optOuts = optOuts;
  }

  @RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})
  public String unsubscribe(@PathVariable String token) {
    optOuts.optOut(token);
    return "unsubscribe/done";
  }
}
