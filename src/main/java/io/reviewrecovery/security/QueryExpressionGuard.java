package io.reviewrecovery.security;

import io.reviewrecovery.engine.CommandField;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before anything is evaluated, every expression a caller puts into a query: at the top of
 * a task query, inside each of its {@code orQueries}, and in the query that extends a stored filter
 * when the filter is executed. The engine's own check ({@code enable-expressions-in-adhoc-queries})
 * sees only the top of an ad-hoc query: the REST API builds each or-query without it, and the
 * engine then evaluates the or-queries' expressions as JUEL, which reaches {@code Runtime.exec}.
 *
 * <p>It sits in the engine's command chain, so every way into a query passes it: {@code
 * /engine-rest}, the webapps' own API ({@code /camunda/api/engine}, which Tasklist uses), filter
 * execution and the Java API. A refusal is a {@link BadUserRequestException}: 400 over both REST APIs.
 *
 * <p>The one place an expression may stay is a stored filter's own query, and only an admin can put
 * it there: the teams' filters ({@code TaskFilters} in the tasklist package) use
 * {@code ${currentUser()}} and {@code ${now()}}, which the engine evaluates for whoever runs the
 * filter. Saving a filter with an expression anywhere in its query is refused to everyone else.
 */
public class QueryExpressionGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(QueryExpressionGuard.class);

  private static final CommandField<Query<?, ?>> EXTENDING_QUERY =
      new CommandField<>(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final CommandField<Filter> SAVED_FILTER = new CommandField<>(SaveFilterCmd.class, "filter");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseExpressions(query, "a query");
    } else if (command instanceof AbstractExecuteFilterCmd) {
      refuseExpressions(EXTENDING_QUERY.readFrom(command), "the query that extends a filter");
    } else if (command instanceof SaveFilterCmd && !calledByAnAdminOrTheApplication()) {
      Filter filter = SAVED_FILTER.readFrom(command);
      refuseExpressions(filter == null ? null : filter.getQuery(), "a filter's query");
    }
    return next.execute(command);
  }

  private static void refuseExpressions(Query<?, ?> query, String where) {
    List<String> found = expressionsIn(query);
    if (!found.isEmpty()) {
      CommandContext context = Context.getCommandContext();
      LOG.warn("Refused {} with expressions ({}) from user '{}'", where, String.join(", ", found),
          context == null ? null : context.getAuthenticatedUserId());
      throw new BadUserRequestException("Expressions are forbidden in " + where + ": remove "
          + String.join(", ", found) + ".");
    }
  }

  /**
   * The expression fields set anywhere in the query, as the REST API names them (the or-queries'
   * with their position, e.g. {@code orQueries[0].assigneeExpression}); empty for none.
   */
  static List<String> expressionsIn(Query<?, ?> query) {
    List<String> found = new ArrayList<>();
    if (query instanceof TaskQueryImpl taskQuery) {
      List<TaskQueryImpl> parts = taskQuery.getQueries();
      for (int i = 0; i < parts.size(); i++) {
        // The first part is the query itself; the others are its or-queries.
        String prefix = i == 0 ? "" : "orQueries[" + (i - 1) + "].";
        parts.get(i).getExpressions().keySet().stream().sorted()
            .forEach(key -> found.add(prefix + restName(key)));
      }
    } else if (query instanceof AbstractQuery<?, ?> other) {
      other.getExpressions().keySet().stream().sorted().forEach(key -> found.add(restName(key)));
    }
    return found;
  }

  /** The engine keys expressions by its setter ({@code taskAssignee}); REST calls the field {@code assigneeExpression}. */
  private static String restName(String engineKey) {
    if (engineKey.equals("taskCandidateGroupIn")) {
      return "candidateGroupsExpression";
    }
    String field = engineKey.startsWith("task") && engineKey.length() > 4
        ? Character.toLowerCase(engineKey.charAt(4)) + engineKey.substring(5) : engineKey;
    return field + "Expression";
  }

  /** Admins can change everything anyway; the application itself calls without a user. */
  private static boolean calledByAnAdminOrTheApplication() {
    CommandContext context = Context.getCommandContext();
    return context.getAuthentication() == null
        || context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
  }

}
