package dev.pagenav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteRequestTest {

  @Test
  void builderWhenOnlyMethodAndPathThenDefaults() {
    RouteRequest request = RouteRequest.builder("GET", "/bugs").build();

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/bugs");
    assertThat(request.rawQuery()).isNull();
    assertThat(request.contextPath()).isEmpty();
    assertThat(request.isDispatch()).isFalse();
  }

  private static RouteRequest postWithOrigin(String origin) {
    return RouteRequest.builder("POST", "/login")
        .serverOrigin("http", "localhost", 8080)
        .headers(Map.of("Origin", origin)::get)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080"})
  void isSameOriginWhenOriginIsThisServerThenTrue(String origin) {
    assertThat(postWithOrigin(origin).isSameOrigin()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "null",
        "",
        "http://localhost",
        "http://localhost:8080/",
        "http://user@localhost:8080",
        "http://localhost:08080",
        " http://localhost:8080",
        "http://localhost:8080, http://evil.example",
        "https://localhost:8080",
        "HTTP://LOCALHOST:8080"
      })
  void isSameOriginWhenOriginIsNotExactlyThisServerThenFalse(String origin) {
    assertThat(postWithOrigin(origin).isSameOrigin()).isFalse();
  }

  @Test
  void serverOriginWhenDefaultPortThenLeftOutAsBrowsersDo() {
    RouteRequest request =
        RouteRequest.builder("POST", "/login")
            .serverOrigin("https", "Example.org", 443)
            .headers(Map.of("Origin", "https://example.org")::get)
            .build();

    assertThat(request.isSameOrigin()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void isStateChangingWhenWriteMethodThenTrue(String method) {
    assertThat(RouteRequest.builder(method, "/").build().isStateChanging()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "post"})
  void isStateChangingWhenReadMethodThenFalse(String method) {
    assertThat(RouteRequest.builder(method, "/").build().isStateChanging()).isFalse();
  }

  @Test
  void isTopLevelNavigationWhenPlainGetThenTrue() {
    RouteRequest request = RouteRequest.builder("GET", "/bugs").build();

    assertThat(request.isTopLevelNavigation()).isTrue();
  }

  @Test
  void isTopLevelNavigationWhenHtmlAndJsonAcceptedThenTrue() {
    RouteRequest request =
        RouteRequest.builder("GET", "/bugs")
            .headers(Map.of("Accept", "text/html,application/json")::get)
            .build();

    assertThat(request.isTopLevelNavigation()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"Sec-Purpose, prefetch", "Sec-Purpose, prefetch;prerender", "Purpose, prefetch"})
  void isTopLevelNavigationWhenPrefetchThenFalse(String header, String value) {
    RouteRequest request =
        RouteRequest.builder("GET", "/bugs").headers(Map.of(header, value)::get).build();

    assertThat(request.isTopLevelNavigation()).isFalse();
  }

  @Test
  void isTopLevelNavigationWhenDispatchThenFalse() {
    RouteRequest request = RouteRequest.builder("GET", "/bugs").dispatch(true).build();

    assertThat(request.isTopLevelNavigation()).isFalse();
  }

  @Test
  void isSameOriginWhenNoBrowserHeadersThenTrue() {
    RouteRequest request = RouteRequest.builder("POST", "/bugs").build();

    assertThat(request.isSameOrigin()).isTrue();
  }
}
