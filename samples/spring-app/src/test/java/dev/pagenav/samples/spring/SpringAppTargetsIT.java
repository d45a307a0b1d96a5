package dev.pagenav.samples.spring;

import dev.pagenav.servlet.testing.RequestTargetSuite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The request targets every pagenav application answers alike, against the Spring sample. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringAppTargetsIT extends RequestTargetSuite {

  @LocalServerPort int port;

  @Override
  protected int port() {
    return port;
  }
}
