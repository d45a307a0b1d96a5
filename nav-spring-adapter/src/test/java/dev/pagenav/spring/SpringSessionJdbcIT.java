package dev.pagenav.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import dev.pagenav.spring.app.FixtureApp;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of one application share sessions through Spring Session JDBC on one H2 database:
 * pagenav's state travels with the session, with no code of pagenav's for it.
 */
class SpringSessionJdbcIT {

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() {
    first = instance();
    second = instance();
  }

  @AfterAll
  static void stop() {
    second.close();
    first.close();
  }

  private static ConfigurableApplicationContext instance() {
    // Arguments, because they override the exclusions of the tests' application.properties.
    return new SpringApplicationBuilder(FixtureApp.class)
        .run(
            "--server.port=0",
            "--spring.autoconfigure.exclude="
                + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "--spring.datasource.url=jdbc:h2:mem:pagenav-sessions;DB_CLOSE_DELAY=-1",
            "--spring.session.jdbc.initialize-schema=always");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static RawHttp loggedInOn(ConfigurableApplicationContext context) throws IOException {
    RawHttp client = new RawHttp(port(context));
    assertThat(PageNavSpringIT.login(client, "admin").status()).isEqualTo(303);
    return client;
  }

  @Test
  void sessionWhenLoggedInOnOneInstanceThenOtherServesTheSameNavigation() throws IOException {
    RawHttp onFirst = loggedInOn(first);
    RawHttp onSecond = new RawHttp(port(second));
    onSecond.cookie("SESSION", onFirst.cookie("SESSION"));

    Response admin = onSecond.get("/admin");

    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("<h1>Admin content</h1>", "pagenav-sidebar");
  }

  @Test
  void sessionWhenLoggedInThenStateIsOneAttributePerKeyInTheDatabase() throws IOException {
    loggedInOn(first);

    List<String> names =
        first
            .getBean(JdbcTemplate.class)
            .queryForList(
                "select distinct ATTRIBUTE_NAME from SPRING_SESSION_ATTRIBUTES", String.class);

    assertThat(names).contains("dev.pagenav.state.logged_in", "dev.pagenav.state.role");
  }

  @Test
  void sessionWhenLoggedOutOnOneInstanceThenOtherAnswersTheLoginPage() throws IOException {
    RawHttp onFirst = loggedInOn(first);
    RawHttp onSecond = new RawHttp(port(second));
    onSecond.cookie("SESSION", onFirst.cookie("SESSION"));
    PageNavSpringIT.logout(onFirst);

    assertThat(onSecond.get("/admin").status()).isEqualTo(303);
    assertThat(onSecond.get("/").body()).contains("<h1>Log in</h1>");
  }
}
