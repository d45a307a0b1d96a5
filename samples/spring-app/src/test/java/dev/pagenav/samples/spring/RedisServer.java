package dev.pagenav.samples.spring;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A real Redis server on 127.0.0.1 for the tests: the one whose port {@code PAGENAV_REDIS_PORT}
 * names, or a {@code redis-server} this class starts on a free port and can stop and start again.
 */
final class RedisServer {

  private static final String INSTALL =
      "The Redis session tests need a real Redis server on 127.0.0.1. Install it with 'apt-get"
          + " install -y redis-server' (the tests start it themselves), or set PAGENAV_REDIS_PORT"
          + " to the port of a running one.";

  private final int port;
  private final boolean owned;
  private Process process;

  private RedisServer(int port, boolean owned) {
    this.port = port;
    this.owned = owned;
  }

  /** Returns the server named by {@code PAGENAV_REDIS_PORT}, or starts one. */
  static RedisServer shared() throws IOException {
    String given = System.getenv("PAGENAV_REDIS_PORT");
    if (given == null || given.isBlank()) {
      return started();
    }
    RedisServer server = new RedisServer(Integer.parseInt(given.trim()), false);
    if (!server.answers()) {
      throw new IllegalStateException(
          "PAGENAV_REDIS_PORT is " + given + ", but no Redis answers there. " + INSTALL);
    }
    return server;
  }

  /** Starts a server of the test's own on a free port, which the test may stop and start. */
  static RedisServer started() throws IOException {
    RedisServer server = new RedisServer(freePort(), true);
    server.start();
    return server;
  }

  int port() {
    return port;
  }

  /** Starts the server, empty, and waits until it answers. */
  void start() throws IOException {
    if (!owned) {
      throw new IllegalStateException("This test must start its own Redis server to stop it.");
    }
    ProcessBuilder command =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(new File("target/redis-" + port + ".log"));
    try {
      process = command.start();
    } catch (IOException e) {
      throw new IllegalStateException("redis-server could not be started. " + INSTALL, e);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!answers()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "redis-server did not start on port " + port + "; see target/redis-" + port + ".log");
      }
      sleep(50);
    }
  }

  /** Stops the server and waits until it is gone; what it held is lost. */
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      process = null;
    }
  }

  /** Returns whether a Redis server answers PING on the port. */
  boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(1_000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = in.readNBytes(7);
      return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for redis-server", e);
    }
  }
}
