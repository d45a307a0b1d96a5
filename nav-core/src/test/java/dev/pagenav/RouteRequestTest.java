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

  @ParameterizedTest
  @CsvSource({
    "http://localhost:8080, http://localhost:8080",
    "HTTP://LocalHost:80, http://localhost",
    "https://example.org:443, https://example.org",
    "https://example.org:8443, https://example.org:8443",
    "' http://a.example ', http://a.example"
  })
  void normaliseOriginWhenValidThenLowerCaseWithoutDefaultPort(String origin, String expected) {
    assertThat(RouteRequest.normaliseOrigin(origin)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "", "localhost", "http://a.example/", "http://a.example/x", "::"})
  void normaliseOriginWhenNotAnOriginThenNull(String origin) {
    assertThat(RouteRequest.normaliseOrigin(origin)).isNull();
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
