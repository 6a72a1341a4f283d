package io.reviewrecovery.delegate;

import static io.reviewrecovery.process.ReviewVariables.PLATFORM;

import io.reviewrecovery.outreach.CustomerContacts;
import io.reviewrecovery.platform.PlatformDirectMessages;
import io.reviewrecovery.process.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Suggest outreach channel": the facts its decision needs that are not variables of the case, as
 * the input mapping of the business rule task reads them, e.g.
 * {@code ${channelSuggestionInputs.emailOnRecord(execution)}}. They are the same services that later
 * check and deliver the proposal, so a suggested channel is one that can be used.
 */
@Component("channelSuggestionInputs")
public class ChannelSuggestionInputs {

  private final CustomerContacts contacts;
  private final PlatformDirectMessages directMessages;

  public ChannelSuggestionInputs(CustomerContacts contacts, PlatformDirectMessages directMessages) {
    this.contacts = contacts;
    this.directMessages = directMessages;
  }

  public boolean emailOnRecord(DelegateExecution execution) {
    return contacts.email(CaseData.reviewer(execution)).isPresent();
  }

  public boolean phoneOnRecord(DelegateExecution execution) {
    return contacts.phone(CaseData.reviewer(execution)).isPresent();
  }

  public boolean platformMessagesAvailable(DelegateExecution execution) {
    return directMessages.unavailable(PLATFORM.required(execution)).isEmpty();
  }
}
