package io.reviewrecovery.review;

/** Why a review breaks the platform's terms of service; the values of the assessment form. */
public enum TermsViolationReason {
  SPAM("Spam or fake content"),
  HATE_SPEECH("Hate speech, harassment or offensive content"),
  FACTUAL_INACCURACY("Clear factual inaccuracy"),
  PRIVATE_INFORMATION("Private information about a person"),
  NOT_A_CUSTOMER("The reviewer was never a customer"),
  CONFLICT_OF_INTEREST("Conflict of interest (e.g. a competitor or former employee)");

  private final String description;

  TermsViolationReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
