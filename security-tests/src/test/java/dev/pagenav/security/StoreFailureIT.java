package dev.pagenav.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A state store that throws or times out makes the request anonymous, never a protected page and
 * never a 500, with one ERROR line per failure episode that holds no state value.
 */
class StoreFailureIT {

  @AfterEach
  void storeUp() {
    SwitchableStore.INSTANCE.mode(SwitchableStore.Mode.UP);
  }

  static Stream<Arguments> failures() {
    List<Arguments> cases = new ArrayList<>();
    for (Deployment deployment : Containers.withSwitchableStore()) {
      for (SwitchableStore.Mode mode :
          List.of(SwitchableStore.Mode.DOWN, SwitchableStore.Mode.TIMING_OUT)) {
        for (String page : List.of("/admin", "/admin/users", "/reports", "/logout")) {
          cases.add(Arguments.of(deployment, mode, page));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("failures")
  void storeWhenFailingThenRequestIsAnonymousAndLoggedOnceWithoutValues(
      Deployment deployment, SwitchableStore.Mode mode, String page) throws IOException {
    RawHttp admin = deployment.login(Persona.ADMIN);
    assertThat(admin.get(deployment.contextPath() + page).status()).isEqualTo(200);
    SwitchableStore.INSTANCE.mode(mode);

    String log =
        capturingErrors(
            () -> {
              Response response = admin.get(deployment.contextPath() + page);
              assertThat(response.status()).isIn(303, 503);
              assertThat(response.body()).doesNotContain("PAGE[");
            });

    assertThat(log.lines().filter(line -> line.contains("ERROR")).count()).as(log).isOne();
    assertThat(log)
        .contains("The session state store failed to load a session's state")
        .doesNotContain("admin", "secret");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void storeWhenFailingForManyRequestsThenOneErrorPerEpisode(Deployment deployment)
      throws IOException {
    RawHttp admin = deployment.login(Persona.ADMIN);
    String page = deployment.contextPath() + "/admin";

    String log =
        capturingErrors(
            () -> {
              episode(admin, page);
              assertThat(admin.get(page).status()).isEqualTo(200);
              episode(admin, page);
            });

    assertThat(log.lines().filter(line -> line.contains("ERROR")).count()).as(log).isEqualTo(2);
    assertThat(log).contains("The session state store works again, after");
  }

  /** Takes the store down for five requests, which all fail to load state, and up again. */
  private static void episode(RawHttp client, String page) throws IOException {
    SwitchableStore.INSTANCE.mode(SwitchableStore.Mode.DOWN);
    for (int i = 0; i < 5; i++) {
      assertThat(client.get(page).status()).isIn(303, 503);
    }
    SwitchableStore.INSTANCE.mode(SwitchableStore.Mode.UP);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void storeWhenBackUpThenSessionReachesItsPagesAgain(Deployment deployment) throws IOException {
    RawHttp admin = deployment.login(Persona.ADMIN);
    SwitchableStore.INSTANCE.mode(SwitchableStore.Mode.DOWN);
    admin.get(deployment.contextPath() + "/admin");

    SwitchableStore.INSTANCE.mode(SwitchableStore.Mode.UP);

    assertThat(admin.get(deployment.contextPath() + "/admin").status()).isEqualTo(200);
  }

  static Stream<Arguments> deployments() {
    return Containers.withSwitchableStore().stream().map(Arguments::of);
  }

  private interface Request {
    void send() throws IOException;
  }

  /** Runs a request and returns what the server logged to standard error meanwhile. */
  private static synchronized String capturingErrors(Request request) throws IOException {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      request.send();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
