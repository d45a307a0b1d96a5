package dev.pagenav.samples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pagenav.servlet.testing.RawHttp;
import dev.pagenav.servlet.testing.RawHttp.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.DatabaseAdaptor;
import org.eclipse.jetty.session.FileSessionDataStoreFactory;
import org.eclipse.jetty.session.JDBCSessionDataStoreFactory;
import org.eclipse.jetty.session.SessionDataStoreFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's sessions in Jetty's own session stores, checked over real HTTP: pagenav's state goes
 * wherever the container puts the session, with no pagenav code.
 */
class ServletAppSessionStoreIT {

  @TempDir Path dir;

  private final List<Server> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Server server : servers) {
      server.stop();
    }
  }

  @Test
  void loggedInCookieWhenSentToAnotherInstanceThenBugsWithTheSameMenu() throws Exception {
    int a = start(database());
    int b = start(database());
    String cookie = loggedIn(a).cookie("JSESSIONID");

    Response onA = client(a, cookie).get("/bugs");
    Response onB = client(b, cookie).get("/bugs");

    assertThat(onB.status()).isEqualTo(200);
    assertThat(onB.body()).contains("<h1>Bug reports</h1>");
    assertThat(menu(onB.body())).contains("Log out").isEqualTo(menu(onA.body()));
  }

  @Test
  void logoutOnAnotherInstanceWhenCookieSentBackThenLoginPage() throws Exception {
    int a = start(database());
    int b = start(database());
    String cookie = loggedIn(a).cookie("JSESSIONID");
    Response before = client(a, cookie).get("/bugs");

    Response logout = client(b, cookie).post("/logout", origin(b));
    Response after = client(a, cookie).get("/bugs");

    assertThat(before.status()).isEqualTo(200);
    assertThat(logout.status()).isEqualTo(303);
    assertThat(after.status()).isEqualTo(303);
    assertThat(after.location()).isEqualTo("/");
    assertThat(client(a, cookie).get("/").body()).contains("<h1>Log in</h1>");
  }

  @Test
  void restartWhenFileStoreKeptThenOldCookieStillLoggedIn() throws Exception {
    Server first = server(files());
    String cookie = loggedIn(port(first)).cookie("JSESSIONID");
    first.stop();

    Response bugs = client(start(files()), cookie).get("/bugs");

    assertThat(bugs.status()).isEqualTo(200);
    assertThat(bugs.body()).contains("<h1>Bug reports</h1>");
  }

  @Test
  void loginWhenFileStoreThenSessionFileHoldsTheLoggedInState() throws Exception {
    loggedIn(start(files()));

    assertThat(storedSessions()).singleElement().asString().contains("dev.pagenav.state.logged_in");
  }

  private SessionDataStoreFactory files() {
    FileSessionDataStoreFactory store = new FileSessionDataStoreFactory();
    store.setStoreDir(dir.toFile());
    return store;
  }

  // Instances running at once share a database: Jetty's file store reads its directory only
  // when it starts, so it would not show one instance the sessions another made since.
  private SessionDataStoreFactory database() {
    DatabaseAdaptor database = new DatabaseAdaptor();
    database.setDriverInfo("org.h2.Driver", "jdbc:h2:" + dir.resolve("sessions"));
    JDBCSessionDataStoreFactory store = new JDBCSessionDataStoreFactory();
    store.setDatabaseAdaptor(database);
    return store;
  }

  private Server server(SessionDataStoreFactory store) throws Exception {
    Server server = ServletApp.start(0, store);
    servers.add(server);
    return server;
  }

  private int start(SessionDataStoreFactory store) throws Exception {
    return port(server(store));
  }

  private List<String> storedSessions() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> contents = new ArrayList<>();
      for (Path file : files.toList()) {
        contents.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      return contents;
    }
  }

  private static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  private static String origin(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static RawHttp loggedIn(int port) throws IOException {
    RawHttp client = new RawHttp(port);
    assertThat(client.post("/login", origin(port)).status()).isEqualTo(303);
    return client;
  }

  private static RawHttp client(int port, String cookie) {
    RawHttp client = new RawHttp(port);
    client.cookie("JSESSIONID", cookie);
    return client;
  }

  private static String menu(String body) {
    return body.substring(body.indexOf("<nav"), body.indexOf("</nav>"));
  }
}
