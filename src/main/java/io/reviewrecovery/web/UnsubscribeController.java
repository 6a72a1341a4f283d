package io.reviewrecovery.web;

import io.reviewrecovery.invitations.InvitationOptOuts;
import io.reviewrecovery.responses.CustomerPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page behind the unsubscribe link of a review invitation, without a login (the signed token is
 * the credential). Opening it (GET) only asks for a press of the button, so a mail scanner or a
 * link preview that fetches the link unsubscribes nobody; the button, like a mail program's own
 * one-click unsubscribe (RFC 8058), POSTs, which records the opt-out.
 */
@Controller
@CustomerPage
@RequestMapping(InvitationOptOuts.PATH + "{token}")
public class UnsubscribeController {

  private final InvitationOptOuts optOuts;

  public UnsubscribeController(InvitationOptOuts optOuts) {
    this.optOuts = optOuts;
  }

  @GetMapping
  public String confirm(@PathVariable String token, Model model) {
    optOuts.customerOf(token);
    model.addAttribute("token", token);
    return "unsubscribe/confirm";
  }

  @PostMapping
  public String unsubscribe(@PathVariable String token) {
    optOuts.optOut(token);
    return "unsubscribe/done";
  }
}
