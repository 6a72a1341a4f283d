package io.reviewrecovery.outreach;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Lets Spring Boot's Thymeleaf engine render the plain-text parts of customer messages: templates
 * named {@code *.txt} under {@code templates/} are read in TEXT mode (no HTML escaping, since
 * plain text needs none), all others stay HTML.
 */
@Configuration
public class PlainTextTemplates {

  @Bean
  ITemplateResolver plainTextTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setResolvablePatterns(Set.of("*.txt"));
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setOrder(0);
    return resolver;
  }
}
