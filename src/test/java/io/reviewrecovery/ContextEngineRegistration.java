package io.reviewrecovery;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of a test class's Spring context the one that the engine REST API and the
 * webapps find. They look engines up by name in a registry shared by the whole JVM, and every
 * context's engine is named "default": without this, the latest context started (a test class
 * with a context of its own) would answer the HTTP calls of every later test class, on a database
 * that is not theirs. Registered for all test classes in {@code META-INF/spring.factories}.
 */
public class ContextEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
