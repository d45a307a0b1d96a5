package dev.pagenav.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * The application on embedded Jetty 12 and embedded Tomcat 11, each at the root and under {@code
 * /ctx}: four deployments, started once for all the suite's tests and stopped when the JVM ends.
 */
final class Containers {

  private static final List<String> CONTEXTS = List.of("", "/ctx");
  private static List<Deployment> deployments;

  private Containers() {}

  static synchronized List<Deployment> all() {
    if (deployments == null) {
      try {
        List<Deployment> started = new ArrayList<>();
        started.addAll(jetty());
        started.addAll(tomcat());
        deployments = List.copyOf(started);
      } catch (Exception e) {
        throw new IllegalStateException("The containers did not start", e);
      }
    }
    return deployments;
  }

  /** Answers 404 for whatever the filter passes on and no page serves. */
  private static final class NotFound extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.sendError(404);
    }
  }

  private static List<Deployment> jetty() throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ContextHandlerCollection contexts = new ContextHandlerCollection();
    for (String path : CONTEXTS) {
      ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
      context.setContextPath(path.isEmpty() ? "/" : path);
      context.addFilter(
          new FilterHolder(SecurityApp.filter()), "/*", EnumSet.allOf(DispatcherType.class));
      context.addServlet(new ServletHolder(new NotFound()), "/");
      contexts.addHandler(context);
    }
    server.setHandler(contexts);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
    return deployments("jetty", connector.getLocalPort());
  }

  private static List<Deployment> tomcat() throws Exception {
    Path base = Files.createTempDirectory("pagenav-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    for (String path : CONTEXTS) {
      Context context = tomcat.addContext(path, Files.createTempDirectory(base, "ctx").toString());
      Tomcat.addServlet(context, "notFound", new NotFound());
      context.addServletMappingDecoded("/", "notFound");
      FilterDef filter = new FilterDef();
      filter.setFilterName("pagenav");
      filter.setFilter(SecurityApp.filter());
      context.addFilterDef(filter);
      FilterMap map = new FilterMap();
      map.setFilterName("pagenav");
      map.addURLPattern("/*");
      for (DispatcherType type : DispatcherType.values()) {
        map.setDispatcher(type.name());
      }
      context.addFilterMap(map);
    }
    tomcat.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat)));
    return deployments("tomcat", tomcat.getConnector().getLocalPort());
  }

  private static List<Deployment> deployments(String container, int port) {
    return CONTEXTS.stream().map(path -> new Deployment(container, path, port)).toList();
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // the JVM is ending; nothing is left to clean up
    }
  }

  private static void stop(Tomcat tomcat) {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (Exception e) {
      // the JVM is ending; nothing is left to clean up
    }
  }
}
