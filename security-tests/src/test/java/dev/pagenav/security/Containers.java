package dev.pagenav.security;

import dev.pagenav.servlet.PageNavFilter;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on embedded Jetty 12 and embedded Tomcat 11, each at the root and under {@code
 * /ctx}: four deployments, started once for all the suite's tests and stopped when the JVM ends.
 */
final class Containers {

  private static final List<String> CONTEXTS = List.of("", "/ctx");
  private static final String FAILING = "/store";
  private static List<Deployment> deployments;
  private static List<Deployment> failing;

  private Containers() {}

  static synchronized List<Deployment> all() {
    start();
    return deployments;
  }

  /** Returns the application under {@code /store}, whose state store can fail on demand. */
  static synchronized List<Deployment> withSwitchableStore() {
    start();
    return failing;
  }

  private static void start() {
    if (deployments != null) {
      return;
    }
    try {
      List<Deployment> started = new ArrayList<>();
      started.addAll(jetty());
      started.addAll(tomcat());
      started.addAll(spring());
      deployments = started.stream().filter(d -> !d.contextPath().equals(FAILING)).toList();
      failing = started.stream().filter(d -> d.contextPath().equals(FAILING)).toList();
    } catch (Exception e) {
      throw new IllegalStateException("The containers did not start", e);
    }
  }

  private static PageNavFilter filter(String contextPath) {
    return contextPath.equals(FAILING)
        ? SecurityApp.filter(SwitchableStore.INSTANCE)
        : SecurityApp.filter();
  }

  private static List<String> contexts() {
    List<String> all = new ArrayList<>(CONTEXTS);
    all.add(FAILING);
    return all;
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
    for (String path : contexts()) {
      ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
      context.setContextPath(path.isEmpty() ? "/" : path);
      context.addFilter(new FilterHolder(filter(path)), "/*", EnumSet.allOf(DispatcherType.class));
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
    for (String path : contexts()) {
      Context context = tomcat.addContext(path, Files.createTempDirectory(base, "ctx").toString());
      Tomcat.addServlet(context, "notFound", new NotFound());
      context.addServletMappingDecoded("/", "notFound");
      FilterDef filter = new FilterDef();
      filter.setFilterName("pagenav");
      filter.setFilter(filter(path));
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

  /** The Spring adapter on Spring Boot's Tomcat: one application per context path. */
  private static List<Deployment> spring() {
    List<Deployment> started = new ArrayList<>();
    for (String path : CONTEXTS) {
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(SpringSecurityApp.class)
              .run(
                  "--server.port=0",
                  "--server.address=127.0.0.1",
                  "--server.servlet.context-path=" + path,
                  "--pagenav.exclude=/static/",
                  "--spring.main.banner-mode=off");
      Runtime.getRuntime().addShutdownHook(new Thread(context::close));
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      started.add(new Deployment("spring", path, port));
    }
    return started;
  }

  private static List<Deployment> deployments(String container, int port) {
    return contexts().stream().map(path -> new Deployment(container, path, port)).toList();
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
