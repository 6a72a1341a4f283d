package io.reviewrecovery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In the build's PostgreSQL run, the test class's context runs the job executor, as production
 * does, and {@link io.reviewrecovery.process.CaseDriver} waits for its jobs instead of running them.
 * On H2 the test runs the jobs itself, as every other test does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface JobExecutorOnPostgres {
}
