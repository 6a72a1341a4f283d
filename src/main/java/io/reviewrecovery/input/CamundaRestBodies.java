package io.reviewrecovery.input;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Refuses with 400 the request bodies that Camunda's REST API (under {@code /engine-rest}, and the
 * webapps' own engine API that Tasklist uses) would otherwise fail on with a 500 before the engine
 * sees them: no body, or {@code null}, where an object is expected; a variable given as
 * {@code null} instead of {@code {"value": …}}; a {@code File} variable without a file name. Task
 * completions are then refused or taken by the engine, with the task completion guard's checks.
 * Registered in every Jersey application by {@link Discovery} (see {@code META-INF/services}).
 */
public class CamundaRestBodies implements ReaderInterceptor {

  private static final String DTO_PACKAGE = "org.camunda.bpm.engine.rest.dto";
  private static final Map<Class<?>, List<Method>> VARIABLE_MAPS = new ConcurrentHashMap<>();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    if (body == null && context.getType().getPackageName().startsWith(DTO_PACKAGE)) {
      throw new InvalidRequestException(Status.BAD_REQUEST, "The request body must be a JSON object.");
    }
    if (body != null && body.getClass().getPackageName().startsWith(DTO_PACKAGE)) {
      for (Method getter : VARIABLE_MAPS.computeIfAbsent(body.getClass(), CamundaRestBodies::variableMaps)) {
        check(property(getter), (Map<?, ?>) invoke(getter, body));
      }
    }
    return body;
  }

  private static void check(String property, Map<?, ?> variables) {
    if (variables == null) {
      return;
    }
    variables.forEach((name, variable) -> {
      if (variable == null) {
        throw new InvalidRequestException(Status.BAD_REQUEST, "%s.%s must be a variable such as {\"value\": …, \"type\": …}, not null."
            .formatted(property, name));
      }
      VariableValueDto dto = (VariableValueDto) variable;
      boolean file = ValueType.FILE.getName().equalsIgnoreCase(dto.getType());
      if (file && (dto.getValueInfo() == null || !(dto.getValueInfo().get("filename") instanceof String))) {
        throw new InvalidRequestException(Status.BAD_REQUEST, "%s.%s is a File and needs its valueInfo.filename."
            .formatted(property, name));
      }
    });
  }

  /** The getters of a DTO that answer variables by name, such as a completion's {@code getVariables()}. */
  private static List<Method> variableMaps(Class<?> dto) {
    return Arrays.stream(dto.getMethods())
        .filter(method -> method.getName().startsWith("get") && method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers()) && isVariableMap(method.getGenericReturnType()))
        .toList();
  }

  private static boolean isVariableMap(Type type) {
    return type instanceof ParameterizedType map && map.getRawType() == Map.class
        && map.getActualTypeArguments()[1] == VariableValueDto.class;
  }

  private static String property(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object body) {
    try {
      return getter.invoke(body);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + getter, e);
    }
  }

  /** Registers the check in each of Camunda's JAX-RS applications, which this application does not configure itself. */
  public static class Discovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(CamundaRestBodies.class)) {
        context.register(CamundaRestBodies.class);
      }
    }
  }
}
