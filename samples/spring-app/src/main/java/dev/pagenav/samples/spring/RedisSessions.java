package dev.pagenav.samples.spring;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With the {@code redis} profile, sessions live in Redis through Spring Session, so several
 * instances of the sample share them. The client fails fast while Redis is away and reconnects soon
 * after it is back: a request then gets pagenav's 503 page at once instead of waiting out the
 * command timeout, and logging in works again within a second or two of Redis returning.
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class RedisSessions {

  /**
   * Rejects commands while the connection is down, instead of queueing them until the timeout.
   *
   * @return the customizer
   */
  @Bean
  LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
    return options ->
        options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
  }

  /**
   * Tries to reconnect every second, rather than backing off to half a minute.
   *
   * @return the customizer
   */
  @Bean
  ClientResourcesBuilderCustomizer reconnectEverySecond() {
    return resources -> resources.reconnectDelay(Delay.constant(Duration.ofSeconds(1)));
  }
}
