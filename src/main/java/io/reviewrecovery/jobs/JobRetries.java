package io.reviewrecovery.jobs;

import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * How a job that failed on a call to the outside world is retried. The engine's own handling runs
 * first (the BPMN's {@code failedJobRetryTimeCycle}); then, when the failure is a {@link JobFailure}:
 * <ul>
 *   <li>{@code REFUSED}: the job's retries go to 0, so the incident with the platform's message
 *       appears at once instead of after burning every retry on an answer that will not change;
 *   <li>{@code UNAVAILABLE} with a {@code Retry-After}: the job is not due before that moment;
 *   <li>{@code LIMIT_REACHED}: not due before the limit resets, and the attempt is not counted.
 * </ul>
 * A {@code BpmnError} would be wrong here: these are technical failures, not business outcomes the
 * diagram models.
 */
@Component
public class JobRetries extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(FailureAwareJobRetryCmd::new);
  }

  static class FailureAwareJobRetryCmd extends DefaultJobRetryCmd {

    FailureAwareJobRetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      super.execute(commandContext);
      JobEntity job = getJob();
      JobFailure.in(exception).filter(failure -> job != null).ifPresent(failure -> {
        if (failure.kind() == JobFailure.Kind.REFUSED) {
          job.setRetries(0);
        }
        failure.notBefore().map(Date::from)
            .filter(notBefore -> job.getDuedate() == null || job.getDuedate().before(notBefore))
            .ifPresent(job::setDuedate);
      });
      return null;
    }

    @Override
    protected boolean shouldDecrementRetriesFor(Throwable failure) {
      boolean limitReached = JobFailure.in(failure)
          .filter(platformFailure -> platformFailure.kind() == JobFailure.Kind.LIMIT_REACHED).isPresent();
      return !limitReached && super.shouldDecrementRetriesFor(failure);
    }
  }
}
