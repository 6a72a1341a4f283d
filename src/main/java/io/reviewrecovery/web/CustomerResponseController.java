package io.reviewrecovery.web;

import io.reviewrecovery.responses.CustomerPage;
import io.reviewrecovery.responses.CustomerResponses;
import io.reviewrecovery.responses.ResponseLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages behind the response links, for customers and without a login (the signed token is the
 * credential). Opening a link only shows what it would answer, because mail scanners open links
 * too; the customer's press of the button (a POST) gives the answer.
 */
@Controller
@CustomerPage
@RequestMapping(ResponseLinks.PATH + "{token}")
public class CustomerResponseController {

  private final CustomerResponses responses;

  public CustomerResponseController(CustomerResponses responses) {
    this.responses = responses;
  }

  @GetMapping
  public String confirm(@PathVariable String token, Model model) {
    model.addAttribute("answer", responses.open(token).answer());
    model.addAttribute("token", token);
    return "respond/confirm";
  }

  @PostMapping
  public String answer(@PathVariable String token, Model model) {
    model.addAttribute("answer", responses.answer(token).answer());
    return "respond/thanks";
  }
}
