package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session ids change at login and die at logout, a changed role changes the navigation at once, and
 * concurrent requests of one session lose no update and never see a stale navigation.
 */
class SessionsIT {

  private static final String COOKIE = "JSESSIONID";

  static Stream<Arguments> deployments() {
    return Containers.all().stream().map(Arguments::of);
  }

  private static String path(Deployment deployment, String page) {
    return deployment.contextPath() + page;
  }

  private static RawHttp loggedIn(Deployment deployment, RawHttp client, String role)
      throws IOException {
    Response login = client.post(path(deployment, "/login?role=" + role), deployment.origin());
    assertThat(login.status()).isEqualTo(303);
    return client;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void loginWhenSessionExistedThenIdRenewedAndOldIdStaysAnonymous(Deployment deployment)
      throws IOException {
    RawHttp client = new RawHttp(deployment.port());
    client.get(path(deployment, "/admin"));
    String before = client.cookie(COOKIE);

    loggedIn(deployment, client, "admin");
    RawHttp attacker = new RawHttp(deployment.port());
    attacker.cookie(COOKIE, before);

    assertThat(before).isNotNull();
    assertThat(client.cookie(COOKIE)).isNotEqualTo(before);
    assertThat(client.get(path(deployment, "/admin")).status()).isEqualTo(200);
    assertThat(attacker.get(path(deployment, "/admin")).body()).doesNotContain("PAGE[admin]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void loginWhenAttackerChoseTheIdThenItIsNeverUsed(Deployment deployment) throws IOException {
    RawHttp victim = new RawHttp(deployment.port());
    victim.cookie(COOKIE, "0123456789ABCDEF0123456789ABCDEF");

    loggedIn(deployment, victim, "admin");
    RawHttp attacker = new RawHttp(deployment.port());
    attacker.cookie(COOKIE, "0123456789ABCDEF0123456789ABCDEF");

    assertThat(victim.cookie(COOKIE)).isNotEqualTo("0123456789ABCDEF0123456789ABCDEF");
    assertThat(attacker.get(path(deployment, "/admin")).status()).isEqualTo(303);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void logoutWhenOldCookieReplayedThenAnonymous(Deployment deployment) throws IOException {
    RawHttp client = loggedIn(deployment, new RawHttp(deployment.port()), "admin");
    String old = client.cookie(COOKIE);

    Response logout = client.post(path(deployment, "/logout"), deployment.origin());
    RawHttp replay = new RawHttp(deployment.port());
    replay.cookie(COOKIE, old);

    assertThat(logout.status()).isEqualTo(303);
    for (String page : List.of("/admin", "/admin/users", "/reports")) {
      Response response = replay.get(path(deployment, page));
      assertThat(response.status()).as(page).isEqualTo(303);
      assertThat(response.body()).as(page).doesNotContain("PAGE[");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void roleWhenRevokedMidSessionThenNextRequestHasTheNewNavigation(Deployment deployment)
      throws IOException {
    RawHttp client = loggedIn(deployment, new RawHttp(deployment.port()), "admin");
    assertThat(client.get(path(deployment, "/admin")).status()).isEqualTo(200);

    loggedIn(deployment, client, "user");

    assertThat(client.get(path(deployment, "/admin")).status()).isEqualTo(303);
    assertThat(client.get(path(deployment, "/admin/users")).status()).isEqualTo(303);
    assertThat(client.get(path(deployment, "/reports")).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void concurrentRequestsWhenChangingTwoKeysThenNoUpdateIsLost(Deployment deployment)
      throws Exception {
    RawHttp client = new RawHttp(deployment.port());
    client.post(path(deployment, "/public/prefs?first=start"), deployment.origin());
    String session = client.cookie(COOKIE);
    assertThat(session).isNotNull();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        Future<Integer> first = pool.submit(prefs(deployment, session, "first=" + round));
        Future<Integer> second = pool.submit(prefs(deployment, session, "second=" + round));
        assertThat(first.get()).isEqualTo(200);
        assertThat(second.get()).isEqualTo(200);

        String shown = client.get(path(deployment, "/public/prefs")).body();

        assertThat(shown).as("round " + round).contains("first=" + round, "second=" + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> prefs(Deployment deployment, String session, String field) {
    return () -> {
      RawHttp client = new RawHttp(deployment.port());
      client.cookie(COOKIE, session);
      return client.post(path(deployment, "/public/prefs?" + field), deployment.origin()).status();
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void concurrentRequestsWhenRoleFlipsThenEveryAnswerFitsOneNavigation(Deployment deployment)
      throws Exception {
    RawHttp client = loggedIn(deployment, new RawHttp(deployment.port()), "admin");
    String session = client.cookie(COOKIE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String role = i % 2 == 0 ? "user" : "admin";
        answers.add(
            pool.submit(
                () ->
                    withSession(deployment, session)
                        .post(path(deployment, "/login?role=" + role), deployment.origin())));
        answers.add(
            pool.submit(() -> withSession(deployment, session).get(path(deployment, "/admin"))));
      }
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        assertThat(response.status()).isIn(200, 303);
        if (response.status() == 200) {
          assertThat(response.body()).isEqualTo("PAGE[admin]");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static RawHttp withSession(Deployment deployment, String session) {
    RawHttp client = new RawHttp(deployment.port());
    client.cookie(COOKIE, session);
    return client;
  }
}
