package io.reviewrecovery.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes, decisions and forms as one deployment, so a form version always matches
 * its process version. Resources are named by their path below the classpath root whether the
 * application runs from a jar or from {@code target/classes}, and only a changed resource makes a
 * new deployment of them all (so the process keeps finding its forms in its own deployment): a
 * restart against the same database deploys nothing.
 */
@Component
public class ProcessDeployment implements InitializingBean {

  static final String DEPLOYMENT_NAME = "review-recovery";
  static final String[] RESOURCE_PATTERNS = {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"};

  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployment.class);

  private final RepositoryService repositoryService;

  public ProcessDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("review-recovery application")
        .enableDuplicateFiltering(false);
    for (String pattern : RESOURCE_PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/') + 1);
      for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
        String name = folder + resource.getFilename();
        byte[] content = read(resource);
        if (name.endsWith(".form")) {
          checkableByTheCompletionGuard(name, content);
        }
        deployment.addInputStream(name, new ByteArrayInputStream(content));
      }
    }
    Deployment deployed = deployment.deploy();
    LOG.info("Deployment '{}' is {} with {}", DEPLOYMENT_NAME, deployed.getId(), deployment.getResourceNames());
  }

  private static byte[] read(Resource resource) {
    try (InputStream content = resource.getInputStream()) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /**
   * A form with a field the completion guard cannot check would make every completion of its task
   * fail; a process owner learns it at start-up instead, with the form and the field named.
   */
  static void checkableByTheCompletionGuard(String name, byte[] content) throws IOException {
    try {
      TaskForm.read(new ByteArrayInputStream(content));
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Cannot deploy " + name + ": " + e.getMessage(), e);
    }
  }
}
