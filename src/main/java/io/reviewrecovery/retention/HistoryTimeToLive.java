package io.reviewrecovery.retention;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process definition, of any version, the configured history time to live,
 * once the deployment is done. Camunda computes an ended case's removal time from it when the case
 * ends, so a change applies to cases ending afterwards.
 */
@Component
public class HistoryTimeToLive implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLive.class);

  private final RepositoryService repositoryService;
  private final RetentionProperties retention;

  public HistoryTimeToLive(RepositoryService repositoryService, RetentionProperties retention) {
    this.repositoryService = repositoryService;
    this.retention = retention;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int days = retention.historyTimeToLiveDays();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        try {
          repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
          LOG.info("Process definition {} keeps the history of ended cases {} days", definition.getId(), days);
        } catch (OptimisticLockingException anotherNodeSetItAtTheSameTime) {
          LOG.info("Process definition {}: another node set its history time to live at the same time", definition.getId());
        }
      }
    }
  }
}
