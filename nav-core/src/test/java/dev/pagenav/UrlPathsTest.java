package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPathsTest {

  @ParameterizedTest
  @CsvSource({
    "bugs, bugs",
    "/bugs, bugs",
    "bugs/, bugs",
    "reports/bugs, reports/bugs",
    "Bug_Reports-2.0~x, Bug_Reports-2.0~x",
    "a.b, a.b",
    "..., ...",
    "azAZ09, azAZ09"
  })
  void normaliseWhenValidThenStripsOneOuterSlash(String declared, String expected) {
    String normalised = UrlPaths.normalise(declared, "page url path");

    assertThat(normalised).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|it is empty",
        "/|it is empty",
        "a//b|it has an empty segment",
        "a/./b|it has a '.' segment",
        "../a|it has a '..' segment",
        "a b|the character ' ' is not allowed",
        "caf\u00e9|the character '\u00e9' is not allowed",
        "a;b|the character ';' is not allowed",
        "a%2Fb|the character '%' is not allowed",
        "a\\b|the character '\\' is not allowed"
      })
  void normaliseWhenInvalidThenNamesValueAndProblem(String declared, String problem) {
    assertThatThrownBy(() -> UrlPaths.normalise(declared, "page url path"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid page url path '"
                + declared
                + "': "
                + problem
                + ". Use one or more '/'-separated segments of ASCII letters, digits, '-', '_',"
                + " '.' and '~', such as 'reports/bugs'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"_pagenav", "/_pagenav/icons", "_pagenav/"})
  void normaliseWhenReservedFirstSegmentThenRejected(String declared) {
    assertThatThrownBy(() -> UrlPaths.normalise(declared, "page url path"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid page url path '"
                + declared
                + "': the first segment '_pagenav' is reserved for pagenav's own resources."
                + " Choose another name.");
  }

  @Test
  void normaliseWhenReservedNameIsNotFirstSegmentThenAccepted() {
    String normalised = UrlPaths.normalise("docs/_pagenav", "page url path");

    assertThat(normalised).isEqualTo("docs/_pagenav");
  }

  @ParameterizedTest
  @CsvSource({
    "'', /",
    "/, /",
    "/bugs, /bugs",
    "/reports/bugs, /reports/bugs",
    "/%62ugs, /bugs",
    "/%7Euser, /~user",
    "/a-b_c~d.e, /a-b_c~d.e",
    "/Bugs, /Bugs",
    "/..., /...",
    "/.a/b./..c, /.a/b./..c"
  })
  void canonicaliseWhenAcceptedThenDecodesOnce(String raw, String expected) {
    assertThat(UrlPaths.rejection(raw)).isNull();
    assertThat(UrlPaths.canonicalPath(raw)).isEqualTo(expected);
    assertThat(UrlPaths.hasTrailingSlash(raw)).isFalse();
  }

  @Test
  void canonicalPathWhenNothingToDecodeThenIsTheRawPathItself() {
    String raw = "/reports/bugs";

    assertThat(UrlPaths.canonicalPath(raw)).isSameAs(raw);
  }

  @ParameterizedTest
  @CsvSource({"/bugs/, /bugs", "/reports/bugs/, /reports/bugs", "/%62ugs/, /bugs"})
  void canonicaliseWhenTrailingSlashThenDropsItAndSaysSo(String raw, String expected) {
    assertThat(UrlPaths.rejection(raw)).isNull();
    assertThat(UrlPaths.canonicalPath(raw)).isEqualTo(expected);
    assertThat(UrlPaths.hasTrailingSlash(raw)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bugs|the path does not start with '/'",
        "/a;b|a ';' (path parameters are not accepted)",
        "/bugs;jsessionid=1|a ';' (path parameters are not accepted)",
        "/a%3Bb|an encoded ';'",
        "/a%2Fb|an encoded '/'",
        "/a%2fb|an encoded '/'",
        "/a%5Cb|an encoded backslash",
        "/a%25b|an encoded '%' (double encoding)",
        "/a%252Fb|an encoded '%' (double encoding)",
        "/%2E%2E/admin|an encoded '.'",
        "/a%2eb|an encoded '.'",
        "/a\\b|a backslash",
        "//bugs|an empty path segment ('//')",
        "//|an empty path segment ('//')",
        "/a//b|an empty path segment ('//')",
        "/.|a '.' path segment",
        "/./bugs|a '.' path segment",
        "/bugs/.|a '.' path segment",
        "/../bugs|a '..' path segment",
        "/a/../b|a '..' path segment",
        "/bugs/..|a '..' path segment",
        "/bugs/./|a '.' path segment",
        "/./|a '.' path segment",
        "/a/%2e%2e|an encoded '.'",
        "/%|a malformed percent-escape",
        "/%2|a malformed percent-escape",
        "/a%zz|a malformed percent-escape",
        "/a%g1|a malformed percent-escape",
        "/%00|a control or whitespace character",
        "/a%09b|a control or whitespace character",
        "/a%0Ab|a control or whitespace character",
        "/a%20b|a control or whitespace character",
        "/a%7Fb|a control or whitespace character",
        "/caf%C3%A9|non-ASCII after decoding",
        "/a%E2%80%A8b|non-ASCII after decoding",
        "/a%80|non-ASCII after decoding"
      })
  void canonicaliseWhenAmbiguousOrMalformedThenRejectedWithReason(String raw, String reason) {
    assertThat(UrlPaths.rejection(raw)).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/a\u0000b",
        "/a\u0001b",
        "/a\u001Fb",
        "/a\tb",
        "/a\nb",
        "/a\rb",
        "/a b",
        "/a\u007Fb"
      })
  void canonicaliseWhenRawControlCharacterThenRejected(String raw) {
    assertThat(UrlPaths.rejection(raw)).isEqualTo("a control or whitespace character");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/\u00e9", "/caf\u00e9", "/a\u2028b", "/a\u2029b", "/\uFF0Fbugs", "/\uD83D\uDC1E"})
  void canonicaliseWhenRawNonAsciiThenRejected(String raw) {
    assertThat(UrlPaths.rejection(raw)).isEqualTo("a non-ASCII character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%\u0666\u0662ugs", "/%\uFF16\uFF12ugs", "/a%\uFF12\uFF26b"})
  void canonicaliseWhenEscapeHasNonAsciiDigitsThenRejectedAsMalformed(String raw) {
    assertThat(UrlPaths.rejection(raw)).isEqualTo("a malformed percent-escape");
  }

  @Test
  void withQueryWhenEncodedQueryExactlyAtLimitThenKept() {
    String query = "q=" + "a".repeat(UrlPaths.MAX_KEPT_QUERY - 2);

    assertThat(UrlPaths.withQuery("/bugs", query)).isEqualTo("/bugs?" + query);
  }

  @Test
  void withQueryWhenEncodedQueryOverLimitThenDropped() {
    String query = "q=" + "a".repeat(UrlPaths.MAX_KEPT_QUERY - 1);

    assertThat(UrlPaths.withQuery("/bugs", query)).isEqualTo("/bugs");
  }

  @Test
  void withQueryWhenEscapeCutShortAtTheEndThenItsPercentEncoded() {
    assertThat(UrlPaths.withQuery("/bugs", "b=%2")).isEqualTo("/bugs?b=%252");
  }

  @ParameterizedTest
  @CsvSource({
    "/, /",
    "/reports/bugs, /reports/bugs",
    "/a-b_c.d~e, /a-b_c.d~e",
    "/a?b, /a%3Fb",
    "/a#b, /a%23b",
    "/<b>, /%3Cb%3E",
    "/\"q\", /%22q%22",
    "/a:b@c!$&()*+=, /a:b@c!$&()*+="
  })
  void toUrlWhenCanonicalPathThenReencodesOnlyWhatAPathCannotHold(String path, String url) {
    String written = UrlPaths.toUrl(path);

    assertThat(written).isEqualTo(url);
  }
}
