package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.SpringAppIT.FORM;
import static dev.pagenav.samples.spring.SpringAppIT.login;
import static dev.pagenav.samples.spring.TwoInstances.client;
import static dev.pagenav.samples.spring.TwoInstances.loggedIn;
import static dev.pagenav.samples.spring.TwoInstances.sameSession;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Redis stops while two instances of the sample run on it: every request that needs its session is
 * answered 503, never 500 and never a logged-in page; each instance logs one ERROR line for the
 * outage, without session ids or state values; and once Redis is back, logging in works again
 * without restarting either instance.
 */
class RedisOutageIT {

  private static final String UNAVAILABLE =
      "Service unavailable: session storage is failing. Try again shortly.";

  private static RedisServer redis;
  private static TwoInstances instances;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() throws IOException {
    redis = RedisServer.started();
    instances = new TwoInstances(redis);
    first = instances.first;
    second = instances.second;
  }

  @AfterAll
  static void stop() throws InterruptedException {
    instances.close();
    redis.stop();
  }

  @AfterEach
  void redisUp() throws IOException {
    if (!redis.answers()) {
      redis.start();
    }
  }

  @Test
  void redisWhenStoppedThenServiceUnavailableAndOneErrorLinePerInstance() throws Exception {
    RawHttp admin = loggedIn(first, "admin");
    RawHttp adminOnSecond = sameSession(admin, second);
    String cookie = admin.cookie("SESSION");

    try (LogCapture log = new LogCapture()) {
      redis.stop();
      for (RawHttp client : List.of(admin, adminOnSecond)) {
        for (int i = 0; i < 3; i++) {
          assertUnavailable(client.get("/admin-2"));
          assertUnavailable(client.get("/"));
          assertUnavailable(client.get("/settings"));
          assertUnavailable(client.get("/css/app.css"));
        }
      }
      for (ConfigurableApplicationContext instance : instances.both()) {
        assertUnavailable(client(instance).get("/"));
        assertUnavailable(client(instance).send("POST", "/login", FORM, "role=admin"));
      }

      assertThat(log.lines(Level.ERROR))
          .hasSize(2)
          .allSatisfy(
              line ->
                  assertThat(line)
                      .startsWith("StoreFailures: The session repository (RedisSessionRepository)")
                      .doesNotContain(cookie, "ADMIN", "admin"));
    }
  }

  @Test
  void redisWhenBackThenLoggingInWorksWithoutRestartingTheApps() throws Exception {
    RawHttp visitor = client(first);
    redis.stop();
    assertUnavailable(visitor.get("/"));
    assertUnavailable(client(second).get("/"));

    try (LogCapture log = new LogCapture()) {
      redis.start();

      for (ConfigurableApplicationContext instance : instances.both()) {
        RawHttp client = loggedInOnceBack(instance);
        assertThat(client.get("/admin-2").body()).contains("<h1>Admin 2</h1>");
      }
      assertThat(log.lines(Level.INFO))
          .filteredOn(line -> line.startsWith("StoreFailures: "))
          .hasSize(2)
          .allSatisfy(line -> assertThat(line).contains("works again"));
    }
  }

  /** Logs in as admin, trying again while the instance has not yet reconnected to Redis. */
  private static RawHttp loggedInOnceBack(ConfigurableApplicationContext instance)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      RawHttp client = client(instance);
      Response page = client.get("/");
      if (page.status() == 200) {
        assertThat(login(client, "admin").status()).isEqualTo(303);
        return client;
      }
      assertUnavailable(page);
      assertThat(System.nanoTime()).as("reconnected within 30 s").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static void assertUnavailable(Response response) {
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.headers().get("retry-after")).containsExactly("5");
    assertThat(response.body()).isEqualTo(UNAVAILABLE);
  }
}
