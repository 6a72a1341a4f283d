package io.reviewrecovery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewRecoveryApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReviewRecoveryApplication.class, args);
  }
}
