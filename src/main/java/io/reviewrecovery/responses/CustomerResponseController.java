package io.reviewrecovery.responses;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages behind the response links, for customers and without a login (the signed token is the
 * credential). Opening a link only shows what it would answer, because mail scanners open links
 * too; the customer's press of the button (a POST) gives the answer.
 */
@Controller
@RequestMapping(ResponseLinks.PATH + "{token}")
public class CustomerResponseController {

  private final CustomerResponses responses;
  private final String businessName;

  public CustomerResponseController(CustomerResponses responses, ReviewRecoveryProperties properties) {
    this.responses = responses;
    this.businessName = properties.business().name();
  }

  /** Every page: the business's name; never cached, indexed, or sent on as a referrer with its token. */
  @ModelAttribute
  public void common(Model model, HttpServletResponse response) {
    model.addAttribute("businessName", businessName);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
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

  @ExceptionHandler(LinkRefused.class)
  public ModelAndView refused(LinkRefused refusal) {
    return new ModelAndView("respond/refused", Map.of("reason", refusal.reason(), "businessName", businessName),
        refusal.reason().status());
  }
}
