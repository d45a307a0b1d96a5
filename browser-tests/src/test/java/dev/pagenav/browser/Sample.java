package dev.pagenav.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One sample app, started from its jar with {@code java -jar} on a free loopback port, as the
 * README tells users to run it, and stopped when closed.
 */
final class Sample implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private Sample(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** Starts the servlet sample. */
  static Sample servletApp() throws IOException, InterruptedException {
    return start("samples/servlet-app/target/servlet-app.jar");
  }

  /** Starts the Spring sample. */
  static Sample springApp() throws IOException, InterruptedException {
    return start("samples/spring-app/target/spring-app.jar");
  }

  private static Sample start(String jar) throws IOException, InterruptedException {
    Path path = Path.of("..").resolve(jar).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "The sample jar " + path + " is missing. Build it first: mvn -B -DskipTests package");
    }
    int port = freePort();
    Path log = Files.createTempFile("sample-", ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", path.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("HOST", "127.0.0.1");
    Sample sample = new Sample(builder.start(), log, port);
    sample.awaitUp();
    return sample;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitUp() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The sample stopped at start-up:\n" + Files.readString(log));
      }
      try {
        HttpResponse<Void> answer =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    close();
    throw new IllegalStateException(
        "The sample did not answer within 60 s:\n" + Files.readString(log));
  }

  /** Returns the sample's address, such as {@code http://127.0.0.1:41234}, without a slash. */
  String baseUrl() {
    return baseUrl;
  }

  /** Returns a URL of the sample. */
  String url(String path) {
    return baseUrl + path;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
      Files.deleteIfExists(log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The log is a temporary file; leaving it is harmless.
    }
  }
}
