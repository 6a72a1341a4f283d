package io.reviewrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reviewrecovery.platform.PlatformProperties;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * The lock time against the longest a job can take. With the defaults of application.yml: 3 threads,
 * a queue of 3, 3 jobs per acquisition, platform timeouts PT5S + PT20S and SMTP timeouts of 10 s
 * each, a job may wait two jobs' time before it runs, and a job can wait 50 s on a platform, so
 * 150 s are needed.
 */
class JobLockTimeTest {

  private final CamundaBpmProperties camunda = new CamundaBpmProperties();
  private final DefaultJobExecutor executor = new DefaultJobExecutor();
  private final MailProperties smtp = new MailProperties();
  private PlatformProperties.Http platformTimeouts = new PlatformProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(20));

  JobLockTimeTest() {
    camunda.getJobExecution().setCorePoolSize(3);
    camunda.getJobExecution().setMaxPoolSize(3);
    camunda.getJobExecution().setQueueCapacity(3);
    executor.setMaxJobsPerAcquisition(3);
    smtp.setHost("smtp.example.com");
    smtp.getProperties().put("mail.smtp.connectiontimeout", "10000");
    smtp.getProperties().put("mail.smtp.timeout", "10000");
    smtp.getProperties().put("mail.smtp.writetimeout", "10000");
  }

  @Test
  void theDefaultLockOfThreeMinutesCoversTheDefaultTimeouts() {
    executor.setLockTimeInMillis(180_000);

    assertThatCode(this::check).doesNotThrowAnyException();
  }

  @Test
  void applicationYmlLocksJobsForLessThanCamundasFiveMinutes_andLongEnoughForItsOwnTimeouts() throws IOException {
    MutablePropertySources yml = new MutablePropertySources();
    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml")).forEach(yml::addLast);
    Binder application = new Binder(ConfigurationPropertySources.from(yml), new PropertySourcesPlaceholdersResolver(yml));
    executor.setLockTimeInMillis(application.bind("camunda.bpm.job-execution.lock-time-in-millis", Integer.class).get());
    camunda.getJobExecution().setCorePoolSize(application.bind("camunda.bpm.job-execution.core-pool-size", Integer.class).get());
    platformTimeouts = application.bind("review-recovery.platforms.http", PlatformProperties.Http.class).get();
    smtp.getProperties().putAll(application.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get());

    assertThat(executor.getLockTimeInMillis()).isEqualTo(180_000).isLessThan(new DefaultJobExecutor().getLockTimeInMillis());
    assertThatCode(this::check).doesNotThrowAnyException();
  }

  @Test
  void aLockShorterThanAJobCanTakeStopsTheStartUp_sayingWhatItNeedsAndWhy() {
    executor.setLockTimeInMillis(149_999);

    assertThatThrownBy(this::check).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REVIEW_RECOVERY_JOB_LOCK_TIME_MILLIS) is 149999 ms")
        .hasMessageContaining("a job can take up to 150000 ms")
        .hasMessageContaining("wait as long as 2 jobs run before it starts")
        .hasMessageContaining("queue-capacity 3 + max-jobs-per-acquisition 3, for 3 threads")
        .hasMessageContaining("50000 ms on a platform")
        .hasMessageContaining("30000 ms on the SMTP server")
        .hasMessageContaining("at least 150000 ms");
  }

  @Test
  void longerPlatformTimeoutsNeedALongerLock() {
    executor.setLockTimeInMillis(180_000);
    platformTimeouts = new PlatformProperties.Http(Duration.ofSeconds(10), Duration.ofSeconds(30));

    assertThatThrownBy(this::check).hasMessageContaining("at least 240000 ms");
  }

  @Test
  void anSmtpServerSlowerThanThePlatformsSetsTheNeed() {
    executor.setLockTimeInMillis(180_000);
    smtp.getProperties().put("mail.smtp.timeout", "60000");

    assertThatThrownBy(this::check).hasMessageContaining("80000 ms on the SMTP server").hasMessageContaining("at least 240000 ms");
  }

  @Test
  void fewerThreadsForTheSameQueueMeanALongerWait() {
    executor.setLockTimeInMillis(180_000);
    camunda.getJobExecution().setCorePoolSize(1);
    camunda.getJobExecution().setMaxPoolSize(1);

    assertThatThrownBy(this::check).hasMessageContaining("wait as long as 6 jobs run").hasMessageContaining("at least 350000 ms");
  }

  @Test
  void anSmtpTimeoutLeftOutStopsTheStartUp_sinceTheSendCouldWaitForever() {
    executor.setLockTimeInMillis(180_000);
    smtp.getProperties().remove("mail.smtp.writetimeout");

    assertThatThrownBy(this::check).hasMessageContaining("spring.mail.properties.mail.smtp.writetimeout is not set");
  }

  @Test
  void withoutAnSmtpServerOnlyThePlatformsCount() {
    executor.setLockTimeInMillis(150_000);
    smtp.setHost("");
    smtp.getProperties().put("mail.smtp.timeout", "600000");

    assertThatCode(this::check).doesNotThrowAnyException();
  }

  @Test
  void aNodeWithoutAJobExecutorIsNotChecked() {
    executor.setLockTimeInMillis(1);

    assertThatCode(() -> lockTime(new StaticListableBeanFactory()).afterPropertiesSet()).doesNotThrowAnyException();
  }

  private void check() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("jobExecutor", executor);
    lockTime(beans).afterPropertiesSet();
  }

  private JobLockTime lockTime(StaticListableBeanFactory beans) {
    beans.addBean("mailProperties", smtp);
    PlatformProperties platforms = new PlatformProperties(3, false, platformTimeouts, null, null, null, null, null);
    return new JobLockTime(beans.getBeanProvider(JobExecutor.class), camunda, platforms, beans.getBeanProvider(MailProperties.class));
  }
}
