package dev.pagenav.samples.spring;

import static dev.pagenav.samples.spring.SpringAppIT.FORM;
import static dev.pagenav.samples.spring.SpringAppIT.logout;
import static dev.pagenav.samples.spring.SpringAppIT.submit;
import static dev.pagenav.samples.spring.TwoInstances.client;
import static dev.pagenav.samples.spring.TwoInstances.loggedIn;
import static dev.pagenav.samples.spring.TwoInstances.sameSession;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two instances of the sample with the {@code redis} profile share one real Redis server: a session
 * made on one is the same session on the other, with the same navigation, and pagenav's state
 * travels in it with no code of pagenav's.
 */
class RedisSessionsIT {

  private static final Pattern NAV = Pattern.compile("<nav[\\s\\S]*?</nav>");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private static RedisServer redis;
  private static TwoInstances instances;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() throws IOException {
    redis = RedisServer.shared();
    instances = new TwoInstances(redis);
    first = instances.first;
    second = instances.second;
  }

  @AfterAll
  static void stop() throws InterruptedException {
    instances.close();
    redis.stop();
  }

  private static String nav(Response page) {
    Matcher nav = NAV.matcher(page.body());
    assertThat(nav.find()).as("a menu in the page").isTrue();
    return nav.group();
  }

  @Test
  void sessionWhenLoggedInOnOneInstanceThenTheOtherServesTheSameNavigation() throws IOException {
    RawHttp onFirst = loggedIn(first, "requester");
    RawHttp onSecond = sameSession(onFirst, second);

    Response fromFirst = onFirst.get("/request-2");
    Response fromSecond = onSecond.get("/request-2");

    assertThat(fromSecond.status()).isEqualTo(200);
    assertThat(fromSecond.body()).contains("<h1>Request 2</h1>");
    assertThat(nav(fromSecond)).isEqualTo(nav(fromFirst)).contains("Request 1", "Settings");
    assertThat(onSecond.get("/respond-2").status()).isEqualTo(303);
  }

  @Test
  void roleWhenSwitchedOnOneInstanceThenTheOtherShowsTheNewNavigationNext() throws IOException {
    RawHttp onFirst = loggedIn(first, "requester");
    RawHttp onSecond = sameSession(onFirst, second);
    String before = onFirst.cookie("SESSION");

    assertThat(submit(onSecond, "/settings", "/settings", "role=responder").status())
        .isEqualTo(303);
    onFirst.cookie("SESSION", onSecond.cookie("SESSION"));

    assertThat(onSecond.cookie("SESSION")).isNotEqualTo(before);
    assertThat(onFirst.get("/respond-2").status()).isEqualTo(200);
    assertThat(nav(onFirst.get("/settings"))).contains("Respond 1").doesNotContain("Request 1");
    assertThat(onFirst.get("/request-2").status()).isEqualTo(303);
  }

  @Test
  void sessionWhenLoggedOutOnOneInstanceThenTheOtherAnswersTheLoginPage() throws IOException {
    RawHttp onFirst = loggedIn(first, "admin");
    RawHttp onSecond = sameSession(onFirst, second);
    assertThat(onSecond.get("/admin-2").status()).isEqualTo(200);

    assertThat(logout(onFirst).status()).isEqualTo(303);

    assertThat(onSecond.get("/admin-2").status()).isEqualTo(303);
    assertThat(onSecond.get("/").body()).contains("<h1>Log in</h1>").doesNotContain("<nav");
  }

  @Test
  void changesWhenMadeAtOnceOnBothInstancesToDifferentKeysThenBothKept() throws Exception {
    RawHttp onFirst = loggedIn(first, "requester");
    RawHttp onSecond = sameSession(onFirst, second);
    Matcher token = CSRF.matcher(onFirst.get("/settings").body());
    assertThat(token.find()).isTrue();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 100; round++) {
        String position = round % 2 == 0 ? "top" : "sidebar";
        String fields = "position=" + position + "&_csrf=" + token.group(1);
        CyclicBarrier together = new CyclicBarrier(2);
        Future<Response> saved =
            pool.submit(
                () -> {
                  together.await();
                  return onFirst.send("POST", "/settings", FORM, fields);
                });
        Future<Response> refused =
            pool.submit(
                () -> {
                  together.await();
                  return onSecond.get("/respond-1");
                });

        assertThat(saved.get().status()).as("round %d, menu position", round).isEqualTo(303);
        assertThat(refused.get().status()).as("round %d, notice", round).isEqualTo(303);
        assertThat(onFirst.get("/").body())
            .as("round %d: the menu position and the notice both kept", round)
            .contains("pagenav-" + position, "pagenav-notice");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void logoutWhenOtherRequestsOfTheSessionRunOnBothInstancesThenNoOutageAndTheLoginPage()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(7);
    try (LogCapture log = new LogCapture()) {
      for (int round = 0; round < 15; round++) {
        RawHttp onFirst = loggedIn(first, "admin");
        String cookie = onFirst.cookie("SESSION");
        Matcher token = CSRF.matcher(onFirst.get("/logout").body());
        assertThat(token.find()).isTrue();
        CyclicBarrier together = new CyclicBarrier(7);
        List<Future<Response>> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          RawHttp other = sameSession(onFirst, i % 2 == 0 ? first : second);
          String target = i < 3 ? "/admin-2" : "/nowhere";
          others.add(
              pool.submit(
                  () -> {
                    together.await();
                    return other.get(target);
                  }));
        }
        Future<Response> logout =
            pool.submit(
                () -> {
                  together.await();
                  return onFirst.send("POST", "/logout", FORM, "_csrf=" + token.group(1));
                });

        assertThat(logout.get().status()).as("round %d, the logout", round).isEqualTo(303);
        for (Future<Response> other : others) {
          assertThat(other.get().status())
              .as("round %d, a request meanwhile", round)
              .isIn(200, 303);
        }
        for (ConfigurableApplicationContext instance : instances.both()) {
          RawHttp old = client(instance);
          old.cookie("SESSION", cookie);
          assertThat(old.get("/").body())
              .as("round %d, the old cookie", round)
              .contains("<h1>Log in</h1>");
        }
      }
      assertThat(log.lines(Level.ERROR)).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void stateWhenWrittenByAnotherVersionThenDroppedWithWarningsAndTheLoginPage() throws IOException {
    RawHttp onFirst = loggedIn(first, "admin");
    String id = sessionId(onFirst);
    SessionRepository<Session> sessions = repository(first);
    Session stored = sessions.findById(id);
    stored.setAttribute("dev.pagenav.state.role", "\"superuser\"");
    stored.setAttribute("dev.pagenav.state.menu_position", 7);
    stored.setAttribute("dev.pagenav.state.theme", "\"dark\"");
    sessions.save(stored);

    Response page;
    try (LogCapture log = new LogCapture()) {
      page = sameSession(onFirst, second).get("/");

      assertThat(log.lines(Level.WARN))
          .filteredOn(line -> line.startsWith("PageNavFilter"))
          .singleElement()
          .satisfies(line -> assertThat(line).contains("[role]"));
      assertThat(log.lines(Level.WARN))
          .anySatisfy(
              line -> assertThat(line).contains("'dev.pagenav.state.menu_position' holds a"))
          .allSatisfy(line -> assertThat(line).doesNotContain("superuser", "dark", id));
      assertThat(log.lines(Level.ERROR)).isEmpty();
    }

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Log in</h1>");
    Session after = sessions.findById(id);
    assertThat(after.getAttributeNames())
        .doesNotContain("dev.pagenav.state.role", "dev.pagenav.state.menu_position")
        .contains("dev.pagenav.state.theme");
  }

  @Test
  void sessionWhenStoredBytesCannotBeDeserializedThenNewSessionWithWarning() throws IOException {
    RawHttp onFirst = loggedIn(first, "admin");
    String key = "spring:session:sessions:" + sessionId(onFirst);
    first
        .getBean(StringRedisTemplate.class)
        .opsForHash()
        .put(key, "sessionAttr:dev.pagenav.state.role", "not a serialized value");

    Response page;
    try (LogCapture log = new LogCapture()) {
      page = sameSession(onFirst, second).get("/");

      assertThat(log.lines(Level.WARN))
          .anySatisfy(
              line -> assertThat(line).startsWith("SessionRepositoryGuard: A stored session"))
          .allSatisfy(line -> assertThat(line).doesNotContain(key));
      assertThat(log.lines(Level.ERROR)).isEmpty();
    }

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Log in</h1>");
  }

  @SuppressWarnings("unchecked")
  private static SessionRepository<Session> repository(ConfigurableApplicationContext instance) {
    return instance.getBean(SessionRepository.class);
  }

  /** Returns the session id the SESSION cookie carries, in Base64. */
  private static String sessionId(RawHttp client) {
    return new String(Base64.getDecoder().decode(client.cookie("SESSION")), StandardCharsets.UTF_8);
  }
}
