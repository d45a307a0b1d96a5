package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.SpringAppIT.login;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of the sample with the {@code redis} profile, sharing one Redis server. */
final class TwoInstances implements AutoCloseable {

  final ConfigurableApplicationContext first;
  final ConfigurableApplicationContext second;

  TwoInstances(RedisServer redis) {
    first = instance(redis.port());
    second = instance(redis.port());
  }

  private static ConfigurableApplicationContext instance(int redisPort) {
    return new SpringApplicationBuilder(SpringApp.class)
        .profiles("redis")
        .run("--server.port=0", "--spring.data.redis.port=" + redisPort);
  }

  List<ConfigurableApplicationContext> both() {
    return List.of(first, second);
  }

  static RawHttp client(ConfigurableApplicationContext instance) {
    return new RawHttp(((WebServerApplicationContext) instance).getWebServer().getPort());
  }

  /** Returns a client of another instance that sends the same session cookie. */
  static RawHttp sameSession(RawHttp client, ConfigurableApplicationContext instance) {
    RawHttp other = client(instance);
    other.cookie("SESSION", client.cookie("SESSION"));
    return other;
  }

  static RawHttp loggedIn(ConfigurableApplicationContext instance, String role) throws IOException {
    RawHttp client = client(instance);
    assertThat(login(client, role).status()).isEqualTo(303);
    return client;
  }

  @Override
  public void close() {
    second.close();
    first.close();
  }
}
