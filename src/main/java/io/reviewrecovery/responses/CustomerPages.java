package io.reviewrecovery.responses;

import io.reviewrecovery.config.ReviewRecoveryProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every {@link CustomerPage} has: the business's name, and headers that keep the page (and the
 * token in its address) out of caches, search engines and other sites' referrer logs. A link that
 * cannot be used gets a page that says why, and changes nothing.
 */
@ControllerAdvice(annotations = CustomerPage.class)
public class CustomerPages {

  private final String businessName;

  public CustomerPages(ReviewRecoveryProperties properties) {
    this.businessName = properties.business().name();
  }

  @ModelAttribute
  public void common(Model model, HttpServletResponse response) {
    model.addAttribute("businessName", businessName);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
  }

  @ExceptionHandler(LinkRefused.class)
  public ModelAndView refused(LinkRefused refusal) {
    return new ModelAndView("respond/refused", Map.of("reason", refusal.reason(), "businessName", businessName),
        refusal.reason().status());
  }
}
