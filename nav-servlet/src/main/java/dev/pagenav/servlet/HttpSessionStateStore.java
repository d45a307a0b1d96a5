package dev.pagenav.servlet;

import dev.pagenav.SessionStateStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps session state in the HttpSession, one attribute of JSON text per key.
 *
 * <p>Because every value is a string, the container's own session replication or persistence
 * carries the state, and two requests that change different keys at once lose neither change. A
 * session is created only when a value is first written.
 */
public final class HttpSessionStateStore implements SessionStateStore<HttpServletRequest> {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSessionStateStore.class);

  /** The prefix of the session attributes that hold state values. */
  public static final String ATTRIBUTE_PREFIX = "dev.pagenav.state.";

  /**
   * {@inheritDoc}
   *
   * <p>An attribute under {@link #ATTRIBUTE_PREFIX} that holds anything but a string was not
   * written by this store; it is removed from the session with a warning that names it, and the key
   * reads as absent.
   */
  @Override
  public Map<String, String> load(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Map.of();
    }
    Map<String, String> values = new HashMap<>();
    Map<String, Object> foreign = new HashMap<>(0);
    Enumeration<String> attributes = session.getAttributeNames();
    while (attributes.hasMoreElements()) {
      String attribute = attributes.nextElement();
      if (attribute.startsWith(ATTRIBUTE_PREFIX)) {
        Object value = session.getAttribute(attribute);
        if (value instanceof String json) {
          values.put(attribute.substring(ATTRIBUTE_PREFIX.length()), json);
        } else if (value != null) {
          foreign.put(attribute, value);
        }
      }
    }
    foreign.forEach((attribute, value) -> removeForeign(session, attribute, value));
    return values;
  }

  private static void removeForeign(HttpSession session, String attribute, Object value) {
    session.removeAttribute(attribute);
    LOG.warn(
        "Session attribute '{}' holds a {}, not the JSON text pagenav writes, so it was removed and"
            + " the key reads as absent. Other code or another version of the application wrote"
            + " it; leave attributes under '{}' to pagenav.",
        attribute,
        value.getClass().getName(),
        ATTRIBUTE_PREFIX);
  }

  @Override
  public void save(HttpServletRequest request, String name, @Nullable String json) {
    HttpSession session = request.getSession(json != null);
    if (session == null) {
      return;
    }
    if (json == null) {
      session.removeAttribute(ATTRIBUTE_PREFIX + name);
    } else {
      session.setAttribute(ATTRIBUTE_PREFIX + name, json);
    }
  }

  @Override
  public HttpServletRequest renew(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      request.getSession(true);
    } else {
      request.changeSessionId();
    }
    return request;
  }

  @Override
  public void delete(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
