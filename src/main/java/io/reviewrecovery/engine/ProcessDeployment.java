package io.reviewrecovery.engine;

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
        deployment.addInputStream(folder + resource.getFilename(), read(resource));
      }
    }
    Deployment deployed = deployment.deploy();
    LOG.info("Deployment '{}' is {} with {}", DEPLOYMENT_NAME, deployed.getId(), deployment.getResourceNames());
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
