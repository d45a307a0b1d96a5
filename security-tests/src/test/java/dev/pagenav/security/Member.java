package dev.pagenav.security;

import java.util.Map;

/**
 * One request shape of a family, and what it must get.
 *
 * @param method the HTTP method
 * @param target the request-target after the context path, sent byte for byte
 * @param headers extra request headers
 * @param expect what the request must get
 */
record Member(String method, String target, Map<String, String> headers, Expect expect) {

  /** What a member must get, whoever sends it. */
  sealed interface Expect permits Malformed, Canonical, Moved, NotAllowed, Refused, OtherContext {}

  /** 400: the target is malformed or ambiguous. */
  record Malformed() implements Expect {}

  /** The decision of one canonical page for the persona: rendered, or 303 to the root. */
  record Canonical(String urlPath) implements Expect {}

  /** 301 to the same page without its trailing slash, the query kept. */
  record Moved(String location) implements Expect {}

  /** 405: the method is unknown. */
  record NotAllowed() implements Expect {}

  /** 400 or 404: refused, by pagenav or by the container, which differ here. */
  record Refused() implements Expect {}

  /** A 303 to the root from the application in the root context, which the target belongs to. */
  record OtherContext() implements Expect {}

  static Member otherContext(String target) {
    return new Member("GET", target, Map.of(), new OtherContext());
  }

  static Member refused(String target) {
    return new Member("GET", target, Map.of(), new Refused());
  }

  static Member malformed(String target) {
    return new Member("GET", target, Map.of(), new Malformed());
  }

  static Member page(String target, String urlPath) {
    return new Member("GET", target, Map.of(), new Canonical(urlPath));
  }

  static Member moved(String target, String location) {
    return new Member("GET", target, Map.of(), new Moved(location));
  }

  Member with(String newMethod, Map<String, String> newHeaders) {
    return new Member(newMethod, target, newHeaders, expect);
  }

  @Override
  public String toString() {
    return method + " " + target + (headers.isEmpty() ? "" : " " + headers.keySet());
  }
}
