package dev.pagenav;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the routing decision needs of one HTTP request, as an adapter sees it.
 *
 * <pre>{@code
 * RouteRequest request = RouteRequest.builder("GET", "/bugs")
 *     .query("sort=new")
 *     .serverOrigin("http", "localhost", 8080)
 *     .headers(servletRequest::getHeader)
 *     .build();
 * }</pre>
 */
public final class RouteRequest {

  private final String method;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final String contextPath;
  private final @Nullable String scheme;
  private final @Nullable String host;
  private final int port;
  private final Function<String, @Nullable String> headers;
  private final boolean dispatch;
  private final MethodKind methodKind;

  /** What routing makes of a method, worked out once per request. */
  private enum MethodKind {
    READ,
    STATE_CHANGING,
    OTHER,
    UNKNOWN;

    static MethodKind of(String method) {
      return switch (method) {
        case "GET", "HEAD" -> READ;
        case "POST", "PUT", "PATCH", "DELETE" -> STATE_CHANGING;
        case "OPTIONS" -> OTHER;
        default -> UNKNOWN;
      };
    }
  }

  private RouteRequest(Builder builder) {
    this.method = builder.method;
    this.rawPath = builder.rawPath;
    this.rawQuery = builder.rawQuery;
    this.contextPath = builder.contextPath;
    this.scheme = builder.scheme;
    this.host = builder.host;
    this.port = builder.port;
    this.headers = builder.headers;
    this.dispatch = builder.dispatch;
    this.methodKind = MethodKind.of(method);
  }

  /**
   * Returns a builder.
   *
   * @param method the HTTP method, as sent
   * @param rawPath the path within the context, exactly as sent (percent-escapes not decoded)
   * @return the builder
   */
  public static Builder builder(String method, String rawPath) {
    return new Builder(method, rawPath);
  }

  /**
   * Returns the HTTP method, as sent.
   *
   * @return the HTTP method, as sent
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path within the context, percent-escapes not decoded.
   *
   * @return the path within the context, percent-escapes not decoded
   */
  public String rawPath() {
    return rawPath;
  }

  /**
   * Returns the query string as sent, without {@code ?}, or null when there is none.
   *
   * @return the query string as sent, without {@code ?}, or null when there is none
   */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /**
   * Returns the context path that prefixes every location and link, such as {@code /ctx}.
   *
   * @return the context path that prefixes every location and link, such as {@code /ctx}
   */
  public String contextPath() {
    return contextPath;
  }

  /**
   * Returns whether this is a forward or include dispatch rather than a client's request.
   *
   * @return whether this is a forward or include dispatch rather than a client's request
   */
  public boolean isDispatch() {
    return dispatch;
  }

  /** Returns whether pagenav knows the method: GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS. */
  boolean isKnownMethod() {
    return methodKind != MethodKind.UNKNOWN;
  }

  /** Returns whether the method is GET or HEAD. */
  boolean isRead() {
    return methodKind == MethodKind.READ;
  }

  /** Returns whether the method is POST, PUT, PATCH or DELETE. */
  boolean isStateChanging() {
    return methodKind == MethodKind.STATE_CHANGING;
  }

  /**
   * Returns whether a browser navigated to this URL at the top level: a GET that is not a script's
   * fetch and does not ask for JSON.
   */
  boolean isTopLevelNavigation() {
    if (dispatch || !method.equals("GET") || header("X-Requested-With") != null) {
      return false;
    }
    String mode = header("Sec-Fetch-Mode");
    if (mode != null && !mode.equalsIgnoreCase("navigate")) {
      return false;
    }
    if (isPrefetch()) {
      return false;
    }
    String accept = header("Accept");
    return accept == null || accept.contains("text/html") || !accept.contains("json");
  }

  private boolean isPrefetch() {
    String purpose = header("Sec-Purpose");
    String legacy = header("Purpose");
    return (purpose != null && purpose.contains("prefetch"))
        || (legacy != null && legacy.contains("prefetch"));
  }

  /**
   * Returns whether the request comes from this server's own origin, as browsers tell it: an {@code
   * Origin} header must be exactly this server's serialised origin; without one, {@code
   * Sec-Fetch-Site} must be {@code same-origin} or {@code none}. A request with neither header
   * comes from a client that is not a browser and passes.
   */
  boolean isSameOrigin() {
    String origin = header("Origin");
    if (origin != null) {
      // The server's own origin is written out only here, for the few requests that send one.
      return scheme != null && host != null && origin(scheme, host, port).equals(origin);
    }
    String site = header("Sec-Fetch-Site");
    return site == null || site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
  }

  private @Nullable String header(String name) {
    return headers.apply(name);
  }

  static String origin(String scheme, String host, int port) {
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port < 0
            || (lowerScheme.equals("http") && port == 80)
            || (lowerScheme.equals("https") && port == 443);
    String text = lowerScheme + "://" + host.toLowerCase(Locale.ROOT);
    return defaultPort ? text : text + ":" + port;
  }

  /** Builds a {@link RouteRequest}. */
  public static final class Builder {

    private final String method;
    private final String rawPath;
    private @Nullable String rawQuery;
    private String contextPath = "";
    private @Nullable String scheme;
    private @Nullable String host;
    private int port = -1;
    private Function<String, @Nullable String> headers = name -> null;
    private boolean dispatch;

    private Builder(String method, String rawPath) {
      this.method = Objects.requireNonNull(method, "method");
      this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
    }

    /**
     * Sets the query string.
     *
     * @param rawQuery the query as sent, without {@code ?}, or null
     * @return this builder
     */
    public Builder query(@Nullable String rawQuery) {
      this.rawQuery = rawQuery;
      return this;
    }

    /**
     * Sets the context path that prefixes locations and links.
     *
     * @param contextPath empty for the root context, else such as {@code /ctx}
     * @return this builder
     */
    public Builder contextPath(String contextPath) {
      this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
      return this;
    }

    /**
     * Sets this server's own origin, compared with a state-changing request's {@code Origin}.
     *
     * @param scheme {@code http} or {@code https}
     * @param host the host name the client used
     * @param port the port, or -1 for the scheme's default
     * @return this builder
     */
    public Builder serverOrigin(String scheme, String host, int port) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      this.host = Objects.requireNonNull(host, "host");
      this.port = port;
      return this;
    }

    /**
     * Sets how to read a request header by name.
     *
     * @param headers returns a header's value, or null when absent; when a header was sent more
     *     than once, all its values joined with {@code ", "}, so that a repeated {@code Origin}
     *     never passes as a single one
     * @return this builder
     */
    public Builder headers(Function<String, @Nullable String> headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Marks the request as a forward or include dispatch made by the application.
     *
     * @param dispatch true for a forward or include
     * @return this builder
     */
    public Builder dispatch(boolean dispatch) {
      this.dispatch = dispatch;
      return this;
    }

    /**
     * Returns the request.
     *
     * @return the request
     */
    public RouteRequest build() {
      return new RouteRequest(this);
    }
  }
}
