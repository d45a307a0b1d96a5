package dev.pagenav;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates page url paths and canonicalises raw request paths, the one place both happen. */
final class UrlPaths {

  static final String RESERVED_SEGMENT = "_pagenav";

  /** What a query keeps as it is besides letters and digits; '%' keeps existing escapes. */
  /** The longest encoded query a redirect keeps. */
  static final int MAX_KEPT_QUERY = 2048;

  private static final String QUERY_SAFE = "-_.~/!$&'()*+,=:@;?%";

  /** What a URL path keeps as it is besides letters and digits. */
  private static final String PATH_SAFE = "-_.~/!$&'()*+,=:@";

  private static final String HEX = "0123456789ABCDEF";

  private UrlPaths() {}

  /**
   * Normalises a declared page url path: strips leading and trailing {@code /} and checks every
   * segment.
   *
   * @throws IllegalArgumentException naming the value and the accepted form
   */
  static String normalise(String declared, String what) {
    String path = strip(declared);
    Optional<String> problem = segmentProblem(path);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "Invalid "
              + what
              + " '"
              + declared
              + "': "
              + problem.get()
              + ". Use one or more '/'-separated segments of ASCII letters, digits, '-', '_', '.'"
              + " and '~', such as 'reports/bugs'.");
    }
    if (path.equals(RESERVED_SEGMENT) || path.startsWith(RESERVED_SEGMENT + "/")) {
      throw new IllegalArgumentException(
          "Invalid "
              + what
              + " '"
              + declared
              + "': the first segment '"
              + RESERVED_SEGMENT
              + "' is reserved for pagenav's own resources. Choose another name.");
    }
    return path;
  }

  /** Strips one leading and one trailing slash; a doubled one is left to fail as empty segment. */
  private static String strip(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.length() > start && path.endsWith("/") ? path.length() - 1 : path.length();
    return path.substring(start, end);
  }

  private static Optional<String> segmentProblem(String path) {
    if (path.isEmpty()) {
      return Optional.of("it is empty");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return Optional.of("it has an empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("it has a '" + segment + "' segment");
      }
      for (int i = 0; i < segment.length(); i++) {
        if (!isSegmentChar(segment.charAt(i))) {
          return Optional.of("the character '" + segment.charAt(i) + "' is not allowed");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSegmentChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }

  /**
   * Appends a request's query to a redirect location, percent-encoding what a raw query may not
   * hold as it is (whitespace, controls, non-ASCII, quotes, angle brackets). A query longer than
   * {@link #MAX_KEPT_QUERY} once encoded is dropped, so a redirect never outgrows the response
   * headers a container allows.
   *
   * @param location the location, path only
   * @param rawQuery the query as sent, without {@code ?}, or null
   * @return the location with the query, or without it when there is none or it is too long
   */
  static String withQuery(String location, @Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return location;
    }
    String query = percentEncode(rawQuery, QUERY_SAFE);
    return query.length() > MAX_KEPT_QUERY ? location : location + "?" + query;
  }

  /**
   * Canonicalises a raw request path (percent-escapes not yet decoded), or says why it is rejected.
   *
   * @param raw the path as it arrived, starting with {@code /}
   * @return the canonical path, or the reason it must be answered with 400
   */
  static Canonical canonicalise(String raw) {
    if (raw.isEmpty()) {
      return Canonical.of("/");
    }
    if (raw.charAt(0) != '/') {
      return Canonical.rejected("the path does not start with '/'");
    }
    if (raw.indexOf('%') < 0) {
      return checkRaw(raw);
    }
    StringBuilder decoded = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int value = escapeValue(raw, i);
        if (value < 0) {
          return Canonical.rejected("a malformed percent-escape");
        }
        String problem = decodedProblem(value);
        if (problem != null) {
          return Canonical.rejected(problem);
        }
        decoded.append((char) value);
        i += 2;
      } else {
        String problem = rawProblem(c);
        if (problem != null) {
          return Canonical.rejected(problem);
        }
        decoded.append(c);
      }
    }
    return checkSegments(decoded.toString());
  }

  private static int escapeValue(String raw, int at) {
    if (at + 2 >= raw.length()) {
      return -1;
    }
    int high = hexDigit(raw.charAt(at + 1));
    int low = hexDigit(raw.charAt(at + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  /**
   * Returns the value of an ASCII hex digit, or -1. {@link Character#digit} is not used because it
   * also accepts non-ASCII digits (Arabic-Indic, full-width), which would let {@code %٦٢} decode.
   */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  private static @Nullable String rawProblem(char c) {
    if (c == ';') {
      return "a ';' (path parameters are not accepted)";
    }
    if (c == '\\') {
      return "a backslash";
    }
    if (c < 0x21 || c == 0x7F) {
      return "a control or whitespace character";
    }
    if (c > 0x7E) {
      return "a non-ASCII character";
    }
    return null;
  }

  private static @Nullable String decodedProblem(int value) {
    switch (value) {
      case '/':
        return "an encoded '/'";
      case '\\':
        return "an encoded backslash";
      case ';':
        return "an encoded ';'";
      case '%':
        return "an encoded '%' (double encoding)";
      case '.':
        return "an encoded '.'";
      default:
        return value > 0x7F ? "non-ASCII after decoding" : rawProblem((char) value);
    }
  }

  /** Checks a path without percent-escapes, the common case, in place: no decoded copy. */
  private static Canonical checkRaw(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      String problem = rawProblem(raw.charAt(i));
      if (problem != null) {
        return Canonical.rejected(problem);
      }
    }
    return checkSegments(raw);
  }

  /** Checks the segments of a decoded path, starting with '/', without splitting it. */
  private static Canonical checkSegments(String path) {
    int length = path.length();
    if (length == 1) {
      return Canonical.of("/");
    }
    boolean trailingSlash = path.charAt(length - 1) == '/';
    int end = trailingSlash ? length - 1 : length;
    for (int start = 1; start <= end; ) {
      int slash = path.indexOf('/', start);
      int stop = slash < 0 || slash > end ? end : slash;
      String problem = segmentProblem(path, start, stop);
      if (problem != null) {
        return Canonical.rejected(problem);
      }
      start = stop + 1;
    }
    return new Canonical(trailingSlash ? path.substring(0, end) : path, trailingSlash, null);
  }

  private static @Nullable String segmentProblem(String path, int start, int stop) {
    int length = stop - start;
    if (length == 0) {
      return "an empty path segment ('//')";
    }
    if (path.charAt(start) == '.'
        && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
      return "a '" + path.substring(start, stop) + "' path segment";
    }
    return null;
  }

  /**
   * Writes a canonical path as a URL path: characters that a URL path cannot hold as they are, such
   * as {@code ?} and {@code #}, are percent-encoded again, so that a location built from it names
   * the same path.
   *
   * @param canonicalPath a decoded path from {@link #canonicalise}
   * @return the path, safe to use in a {@code Location} header
   */
  static String toUrl(String canonicalPath) {
    return percentEncode(canonicalPath, PATH_SAFE);
  }

  /** Percent-encodes the UTF-8 bytes of every character but ASCII letters, digits and safe. */
  private static String percentEncode(String text, String safe) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  /**
   * A canonical request path, or the reason there is none.
   *
   * @param path the decoded path, starting with {@code /}, without a trailing {@code /} unless it
   *     is the root; empty when rejected
   * @param trailingSlash whether the raw path ended with a {@code /} that was dropped
   * @param rejection why the raw path was rejected, or null when it was accepted
   */
  record Canonical(String path, boolean trailingSlash, @Nullable String rejection) {

    static Canonical of(String path) {
      return new Canonical(path, false, null);
    }

    static Canonical rejected(String reason) {
      return new Canonical("", false, reason);
    }

    boolean isRejected() {
      return rejection != null;
    }
  }
}
