package io.reviewrecovery.config;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * For each key (a channel, a platform) the one bean that serves it, among those the configuration
 * made: only configured deliveries and enabled platform adapters exist as beans. What is meant for a
 * key that no bean serves stays on the machine in the {@code local} profile, so the demo needs no
 * external account; in any other profile it is an error, so the job that tried becomes an incident
 * instead of pretending it went out. Two beans for one key stop the start-up.
 *
 * @param <K> the keys
 * @param <T> the beans, each serving one key
 */
public final class Routes<K extends Enum<K>, T> {

  private final Map<K, T> beans;
  private final boolean keptLocally;

  /**
   * @param keyOf the key a bean serves
   * @param what the beans in the plural, for the error of two beans for one key, e.g. "deliveries"
   */
  public Routes(Class<K> keys, Function<? super T, K> keyOf, List<? extends T> configured, String what,
      Environment environment) {
    this.beans = new EnumMap<>(keys);
    for (T bean : configured) {
      K key = keyOf.apply(bean);
      T other = beans.putIfAbsent(key, bean);
      if (other != null) {
        throw new IllegalStateException("Two " + what + " for " + key + ": " + other.getClass().getSimpleName()
            + " and " + bean.getClass().getSimpleName());
      }
    }
    this.keptLocally = environment.acceptsProfiles(Profiles.of("local"));
  }

  /**
   * The bean that serves {@code key}; empty when none does and the {@code local} profile keeps on
   * the machine what is meant for it.
   *
   * @throws RuntimeException the one {@code unserved} makes, when none does in any other profile
   */
  public Optional<T> to(K key, Supplier<? extends RuntimeException> unserved) {
    T bean = beans.get(key);
    if (bean == null && !keptLocally) {
      throw unserved.get();
    }
    return Optional.ofNullable(bean);
  }

  /** Who serves each of {@code keys}, for the start-up log, e.g. "Google by Trustpilot", "Yelp kept locally". */
  public List<String> describe(Collection<K> keys, Function<K, String> name) {
    return keys.stream().map(key -> name.apply(key) + (beans.containsKey(key)
        ? " by " + beans.get(key).getClass().getSimpleName() : keptLocally ? " kept locally" : " by nothing (not configured)"))
        .toList();
  }
}
