package io.reviewrecovery.engine;

import io.reviewrecovery.messaging.EmailDelivery;
import io.reviewrecovery.platform.PlatformProperties;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stops a start-up whose job lock time is shorter than a job can take. A node locks each job it
 * takes for {@code camunda.bpm.job-execution.lock-time-in-millis}; when the lock has run out,
 * another node takes the job. That is how a crashed node's work resumes, and why the lock is kept
 * short. But a job still running when its lock runs out is run a second time by another node,
 * and the first run's commit then fails (the job changed under it) after its email or post went
 * out: the communication log loses the first run's entry with that commit, so the second run
 * delivers again.
 *
 * <p>So the lock covers the longest a job can take from the moment a node takes it. It may first
 * wait for a thread: behind the jobs in the thread pool's queue and those taken that did not fit
 * in it, a few per thread, each as long as a job can be. Then it runs, and the longest run is the
 * one that waits out the timeouts of the outside systems it calls: a platform twice
 * ({@link PlatformProperties.Http#longestJobWait()}) or the SMTP server once
 * ({@link EmailDelivery#longestSend}). The database work besides is short, and whatever the lock
 * has to spare covers it and the clocks of the nodes differing.
 */
@Component
public class JobLockTime implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(JobLockTime.class);

  private final ObjectProvider<JobExecutor> jobExecutor;
  private final CamundaBpmProperties camunda;
  private final PlatformProperties platforms;
  private final ObjectProvider<MailProperties> mail;

  public JobLockTime(ObjectProvider<JobExecutor> jobExecutor, CamundaBpmProperties camunda, PlatformProperties platforms,
      ObjectProvider<MailProperties> mail) {
    this.jobExecutor = jobExecutor;
    this.camunda = camunda;
    this.platforms = platforms;
    this.mail = mail;
  }

  /** Checks the node's job executor, if it has one: a node without runs no jobs on its own. */
  @Override
  public void afterPropertiesSet() {
    jobExecutor.ifAvailable(this::check);
  }

  void check(JobExecutor executor) {
    JobExecutionProperty execution = camunda.getJobExecution();
    int threads = Math.max(1, execution.getCorePoolSize());
    int waiting = execution.getQueueCapacity() + executor.getMaxJobsPerAcquisition();
    int jobsPerThread = 1 + (waiting + threads - 1) / threads;
    Duration platformWait = platforms.http().longestJobWait();
    Optional<Duration> emailWait = Optional.ofNullable(mail.getIfAvailable())
        .filter(smtp -> StringUtils.hasText(smtp.getHost()))
        .map(EmailDelivery::longestSend);
    Duration longestJob = emailWait.filter(email -> email.compareTo(platformWait) > 0).orElse(platformWait);
    long neededMillis = longestJob.multipliedBy(jobsPerThread).toMillis();
    long lockMillis = executor.getLockTimeInMillis();
    if (lockMillis < neededMillis) {
      throw new IllegalStateException(("The job lock time (camunda.bpm.job-execution.lock-time-in-millis, "
          + "REVIEW_RECOVERY_JOB_LOCK_TIME_MILLIS) is %d ms, but a job can take up to %d ms from the moment a node takes it. "
          + "It may wait as long as %d jobs run before it starts (up to %d jobs taken and not running yet: camunda.bpm.job-execution."
          + "queue-capacity %d + max-jobs-per-acquisition %d, for %d threads), and a job can wait %d ms on a platform "
          + "(review-recovery.platforms.http: %d calls, each up to connect-timeout + read-timeout)%s. Another node would "
          + "run a job that is still running, and its email or post could go out twice: make the lock time at least %d ms, "
          + "or shorten those timeouts")
          .formatted(lockMillis, neededMillis, jobsPerThread - 1, waiting, execution.getQueueCapacity(),
              executor.getMaxJobsPerAcquisition(), threads, platformWait.toMillis(), PlatformProperties.Http.CALLS_PER_JOB,
              emailWait.map(email -> (" or %d ms on the SMTP server (spring.mail.properties: its connection, write and "
                  + "read timeouts)").formatted(email.toMillis())).orElse(""),
              neededMillis));
    }
    LOG.info("Jobs are locked for {} ms; a job can take up to {} ms from the moment a node takes it", lockMillis, neededMillis);
  }
}
