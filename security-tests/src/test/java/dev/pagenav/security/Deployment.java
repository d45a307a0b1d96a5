package dev.pagenav.security;

import dev.pagenav.servlet.testing.RawHttp;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * One running copy of the application: a container, a context path and a port, with one logged-in
 * client per persona.
 */
final class Deployment {

  private final String container;
  private final String contextPath;
  private final String prefix;
  private final int port;
  private final Map<Persona, RawHttp> clients = new EnumMap<>(Persona.class);

  Deployment(String container, String contextPath, int port) {
    this(container, contextPath, contextPath, port);
  }

  private Deployment(String container, String contextPath, String prefix, int port) {
    this.container = container;
    this.contextPath = contextPath;
    this.prefix = prefix;
    this.port = port;
  }

  /**
   * Returns this deployment with targets sent as they are, not under the context path, for variants
   * of the context path itself; sessions are still made under the context path.
   */
  Deployment atRoot() {
    return new Deployment(container, contextPath, "", port);
  }

  /**
   * Returns whether the context is the only one of its server and not the root, so the container
   * answers 404 for a target it normalises out of the context.
   */
  boolean isAlone() {
    return container.equals("spring") && !contextPath.isEmpty();
  }

  /** Returns what a member's target is sent under: the context path, or nothing. */
  String prefix() {
    return prefix;
  }

  String container() {
    return container;
  }

  String contextPath() {
    return contextPath;
  }

  int port() {
    return port;
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }

  /** Returns a fresh client logged in as the persona. */
  RawHttp login(Persona persona) throws IOException {
    RawHttp client = new RawHttp(port);
    if (persona != Persona.ANONYMOUS) {
      int status = client.post(contextPath + "/login?role=" + persona.role(), origin()).status();
      if (status != 303) {
        throw new IllegalStateException(this + ": login as " + persona + " answered " + status);
      }
    }
    return client;
  }

  /** Returns the persona's client, logged in once and reused by requests that change no role. */
  synchronized RawHttp client(Persona persona) throws IOException {
    RawHttp client = clients.get(persona);
    if (client == null) {
      client = login(persona);
      clients.put(persona, client);
    }
    return client;
  }

  @Override
  public String toString() {
    return container
        + (contextPath.isEmpty() ? "" : " " + contextPath)
        + (prefix.equals(contextPath) ? "" : " (raw)");
  }
}
