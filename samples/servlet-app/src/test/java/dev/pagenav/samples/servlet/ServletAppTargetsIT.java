package dev.pagenav.samples.servlet;

import dev.pagenav.servlet.testing.RequestTargetSuite;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The request targets every pagenav application answers alike, against the servlet sample. */
class ServletAppTargetsIT extends RequestTargetSuite {

  private static Server server;

  @BeforeAll
  static void start() throws Exception {
    server = ServletApp.start(0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Override
  protected int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }
}
