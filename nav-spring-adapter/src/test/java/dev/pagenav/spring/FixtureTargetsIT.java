package dev.pagenav.spring;

import dev.pagenav.servlet.testing.RequestTargetSuite;
import dev.pagenav.spring.app.FixtureApp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The request targets every pagenav application answers alike, on Spring MVC and Tomcat. */
@SpringBootTest(
    classes = FixtureApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FixtureTargetsIT extends RequestTargetSuite {

  @LocalServerPort int port;

  @Override
  protected int port() {
    return port;
  }
}
