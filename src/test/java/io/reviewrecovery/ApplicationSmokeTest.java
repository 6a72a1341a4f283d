package io.reviewrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.reviewrecovery.process.ReviewRecoveryProcess;

@ReviewRecoveryTest
@Tag("postgres")
class ApplicationSmokeTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void deploysTheProcessWithEveryFormInOneDeployment() throws IOException {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ReviewRecoveryProcess.PROCESS_ID).latestVersion().singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isNotNull();

    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    List<String> resources = repositoryService.getDeploymentResourceNames(deployment.getId());
    assertThat(resources).contains("processes/NegativeReviewRecovery.bpmn", "processes/SuggestOutreachChannel.dmn")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));

    Set<String> deployedFormIds = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : resources) {
      if (name.endsWith(".form")) {
        try (InputStream form = repositoryService.getResourceAsStream(deployment.getId(), name)) {
          deployedFormIds.add(json.readTree(form).get("id").asText());
        }
      }
    }
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(userTasks).hasSize(17);
    assertThat(userTasks).allSatisfy(task -> {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(deployedFormIds);
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).isIn("support", "reputation");
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
    });
  }

  @Test
  void deploysTheChannelDecisionInTheSameDeployment() {
    ProcessDefinition process = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ReviewRecoveryProcess.PROCESS_ID).latestVersion().singleResult();
    DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey("SuggestOutreachChannel").latestVersion().singleResult();
    assertThat(decision).isNotNull();
    assertThat(decision.getDeploymentId()).isEqualTo(process.getDeploymentId());
    assertThat(decision.getHistoryTimeToLive()).isNotNull();
  }

  @Test
  void aRestartDeploysNothingNew() throws IOException {
    long before = repositoryService.createDeploymentQuery().count();
    new io.reviewrecovery.engine.ProcessDeployment(repositoryService).afterPropertiesSet();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }
}
