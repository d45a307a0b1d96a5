package dev.pagenav;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates page url paths and canonicalises raw request paths, the one place both happen. */
final class UrlPaths {

  static final String RESERVED_SEGMENT = "_pagenav";

  /** The longest encoded query a redirect keeps. */
  static final int MAX_KEPT_QUERY = 2048;

  /** What a query keeps as it is besides letters and digits; '%' keeps existing escapes. */
  private static final String QUERY_SAFE = "-_.~/!$&'()*+,=:@;?%";

  /** What a URL path keeps as it is besides letters and digits. */
  private static final String PATH_SAFE = "-_.~/!$&'()*+,=:@";

  private static final String HEX = "0123456789ABCDEF";

  /**
   * The ASCII characters a raw path holds as they are, '/' among them: those {@link #rawProblem}
   * accepts, but '%', which starts an escape.
   */
  private static final boolean[] PLAIN_OR_SLASH = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      PLAIN_OR_SLASH[c] = c != '%' && rawProblem(c) == null;
    }
  }

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
   * Returns why a raw request path (percent-escapes not yet decoded) must be answered with 400, or
   * null when it is accepted. A plain path is accepted in one pass; nothing is allocated.
   *
   * @param raw the path as it arrived, starting with {@code /}
   * @return the first problem found, or null
   */
  static @Nullable String rejection(String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    if (raw.charAt(0) != '/') {
      return "the path does not start with '/'";
    }
    return isPlain(raw) ? null : firstProblem(raw);
  }

  /**
   * Returns whether a path is accepted as it is, the common case checked first: plain characters
   * and slashes only, and no segment that is empty or starts with a dot. The loop has no branch, so
   * it costs little more than reading the path.
   */
  private static boolean isPlain(String raw) {
    boolean plain = true;
    char previous = '/';
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean segmentStart = previous == '/';
      plain &= c < 0x80 & PLAIN_OR_SLASH[c & 0x7F] & !(segmentStart & (c == '/' | c == '.'));
      previous = c;
    }
    return plain;
  }

  /** Finds the first problem of a path that {@link #isPlain} did not accept, or null. */
  private static @Nullable String firstProblem(String raw) {
    int length = raw.length();
    int segment = 1;
    for (int i = 1; i < length; i++) {
      char c = raw.charAt(i);
      String problem = null;
      if (c == '/') {
        problem = segmentProblem(raw, segment, i);
        segment = i + 1;
      } else if (c == '%') {
        int value = escapeValue(raw, i);
        // An encoded '/' or '.' is rejected here, so segments end and dots occur only unencoded.
        problem = value < 0 ? "a malformed percent-escape" : decodedProblem(value);
        i += 2;
      } else {
        problem = rawProblem(c);
      }
      if (problem != null) {
        return problem;
      }
    }
    // An empty last segment is the root or a trailing slash, both accepted.
    return segment == length ? null : segmentProblem(raw, segment, length);
  }

  /** Checks the segment from start to stop, which holds no escaped dot. */
  private static @Nullable String segmentProblem(String raw, int start, int stop) {
    int length = stop - start;
    if (length == 0) {
      return "an empty path segment ('//')";
    }
    if (length <= 2 && raw.charAt(start) == '.' && raw.charAt(stop - 1) == '.') {
      return length == 1 ? "a '.' path segment" : "a '..' path segment";
    }
    return null;
  }

  /**
   * Returns whether an accepted raw path ends with a {@code /} that its canonical path drops.
   *
   * @param raw a path that {@link #rejection} accepts
   * @return whether the raw path has a trailing slash
   */
  static boolean hasTrailingSlash(String raw) {
    return raw.length() > 1 && raw.charAt(raw.length() - 1) == '/';
  }

  /**
   * Returns the canonical path of an accepted raw path: decoded once, starting with {@code /},
   * without a trailing {@code /} unless it is the root. A path with neither escapes nor a trailing
   * slash is its own canonical path, returned as it is.
   *
   * @param raw a path that {@link #rejection} accepts
   * @return the canonical path
   */
  static String canonicalPath(String raw) {
    if (raw.isEmpty()) {
      return "/";
    }
    int end = hasTrailingSlash(raw) ? raw.length() - 1 : raw.length();
    if (raw.indexOf('%') < 0) {
      return end == raw.length() ? raw : raw.substring(0, end);
    }
    StringBuilder decoded = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        decoded.append((char) escapeValue(raw, i));
        i += 2;
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
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

  /**
   * Returns whether a canonical path is a prefix path itself or lies under it, such as {@code /app}
   * and {@code /app/bugs} for {@code /app}, but not {@code /apps}.
   *
   * @param path a canonical path
   * @param prefix a normalised path without a trailing {@code /}, or empty for the root
   * @return whether the path is at or under the prefix
   */
  static boolean isAtOrUnder(String path, String prefix) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }

  /**
   * Writes a canonical path as a URL path: characters that a URL path cannot hold as they are, such
   * as {@code ?} and {@code #}, are percent-encoded again, so that a location built from it names
   * the same path.
   *
   * @param canonicalPath a decoded path from {@link #canonicalPath}
   * @return the path, safe to use in a {@code Location} header
   */
  static String toUrl(String canonicalPath) {
    return percentEncode(canonicalPath, PATH_SAFE);
  }

  /** Percent-encodes the UTF-8 bytes of every character but ASCII letters, digits and safe. */
  private static String percentEncode(String text, String safe) {
    StringBuilder out = new StringBuilder(text.length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      boolean kept = c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0);
      // A '%' that the safe characters keep stays only as the start of a well-formed escape.
      if (c == '%') {
        kept &= i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      }
      if (kept) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return hexDigit((char) (b & 0xFF)) >= 0;
  }
}
