package dev.pagenav.security;

import static dev.pagenav.security.Member.malformed;
import static dev.pagenav.security.Member.moved;
import static dev.pagenav.security.Member.page;
import static dev.pagenav.security.Member.refused;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request-target families that confuse matchers and containers, each sent by every persona to Jetty
 * and Tomcat, at the root and under {@code /ctx}. A member expects 400 when its target is malformed
 * or ambiguous, and otherwise the decision of its canonical page for that persona.
 */
class PathFamiliesIT {

  static Stream<Arguments> everywhere(List<Member> members) {
    List<Arguments> cases = new ArrayList<>();
    for (Deployment deployment : Containers.all()) {
      for (Persona persona : Persona.values()) {
        members.forEach(member -> cases.add(Arguments.of(deployment, persona, member)));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> semicolons() {
    return everywhere(
        List.of(
            malformed("/admin;jsessionid=1"),
            malformed("/admin;"),
            malformed("/public/..;/admin"),
            malformed("/public;/../admin"),
            malformed("/public;x=1/help"),
            malformed("/admin%3bjsessionid=1"),
            malformed("/admin%3B"),
            malformed("/public/..%3b/admin"),
            malformed("/;/admin"),
            malformed("/;x/admin/users"),
            malformed("/admin/users;.css"),
            malformed("/admin;.js"),
            malformed("/reports;jsessionid=ABC?x=1"),
            malformed("/public/help;"),
            malformed("/%3b/admin")));
  }

  static Stream<Arguments> dotSegments() {
    return everywhere(
        List.of(
            malformed("/public/../admin"),
            malformed("/public/./help"),
            malformed("/./admin"),
            malformed("/../admin"),
            malformed("/public/help/../../admin"),
            malformed("/%2e/admin"),
            malformed("/%2E/admin"),
            malformed("/%2e%2e/admin"),
            malformed("/%2E%2e/admin"),
            malformed("/public/%2e%2e/admin"),
            malformed("/public/.%2e/admin"),
            malformed("/public/%2e./admin"),
            malformed("/admin/."),
            malformed("/admin/.."),
            malformed("/admin/%2e"),
            malformed("/."),
            malformed("/.."),
            page("/public/...", "public/...")));
  }

  static Stream<Arguments> encodedSeparators() {
    return everywhere(
        List.of(
            malformed("/public/..%2fadmin"),
            malformed("/public/..%2Fadmin"),
            malformed("/admin%2fusers"),
            malformed("/admin%2Fusers"),
            malformed("/%2fadmin"),
            malformed("/public\\..\\admin"),
            malformed("/admin\\users"),
            malformed("/public/..%5cadmin"),
            malformed("/admin%5Cusers"),
            malformed("/%5cadmin"),
            malformed("/admin%c0%afusers"),
            malformed("/admin%e0%80%afusers"),
            malformed("/admin%ef%bc%8fusers"),
            malformed("/\\admin")));
  }

  static Stream<Arguments> doubleEncoding() {
    return everywhere(
        List.of(
            malformed("/public/%252e%252e/admin"),
            malformed("/%252e/admin"),
            malformed("/admin%252fusers"),
            malformed("/admin%253bx"),
            malformed("/admin%255cusers"),
            malformed("/public/%25252e%25252e/admin"),
            malformed("/%2561dmin"),
            malformed("/admin%2500"),
            malformed("/admin%25"),
            malformed("/%25")));
  }

  static Stream<Arguments> emptySegments() {
    return everywhere(
        List.of(
            malformed("//admin"),
            malformed("///admin"),
            malformed("/admin//users"),
            malformed("/admin///users"),
            malformed("//public/help"),
            malformed("/public//help"),
            malformed("//"),
            malformed("/admin//"),
            malformed("//admin/users/")));
  }

  static Stream<Arguments> whitespaceAndControls() {
    return everywhere(
        List.of(
            malformed("/admin%20"),
            malformed("/%20admin"),
            malformed("/admin%09"),
            malformed("/admin%0a"),
            malformed("/admin%0d"),
            malformed("/admin%0d%0aX-Injected:%201"),
            malformed("/admin%00"),
            malformed("/admin%00.css"),
            malformed("/admin%7f"),
            malformed("/admin%0b"),
            malformed("/admin%0c"),
            malformed("/admin%1f"),
            malformed("/admin%e2%80%a8"),
            malformed("/admin%e2%80%a9"),
            malformed("/admin%c2%a0"),
            page("/admin+", "admin+"),
            page("/admin%2b", "admin+")));
  }

  static Stream<Arguments> nonAsciiAndCase() {
    return everywhere(
        List.of(
            malformed("/%C0%AE%C0%AE/admin"),
            malformed("/adm%C4%B1n"),
            malformed("/%D0%B0dmin"),
            malformed("/admin%FF"),
            malformed("/admin%C3"),
            malformed("/admin%E2%82"),
            malformed("/ad%zzmin"),
            malformed("/admin%"),
            malformed("/admin%2"),
            malformed("/%ef%bd%81dmin"),
            malformed("/admi%E2%80%8Bn"),
            malformed("/admin%EF%BB%BF"),
            page("/Admin", "Admin"),
            page("/ADMIN", "ADMIN"),
            page("/admin/Users", "admin/Users"),
            page("/PUBLIC", "PUBLIC"),
            page("/ad%6din", "admin"),
            page("/%61dmin/users", "admin/users")));
  }

  static Stream<Arguments> assetSuffixes() {
    return everywhere(
        List.of(
            page("/admin.json", "admin.json"),
            page("/admin.css", "admin.css"),
            page("/admin/users.js", "admin/users.js"),
            page("/admin.html", "admin.html"),
            page("/admin~", "admin~"),
            page("/admin/users.png", "admin/users.png"),
            page("/statics", "statics"),
            page("/static.css", "static.css"),
            page("/admin?x=.css", "admin"),
            page("/admin?.js", "admin"),
            page("/admin/users?file=a.png", "admin/users"),
            malformed("/reports#.css"),
            malformed("/static/../admin"),
            malformed("/static/%2e%2e/admin"),
            malformed("/static/..;/admin")));
  }

  static Stream<Arguments> trailingSlashesAndOtherNavigations() {
    return everywhere(
        List.of(
            moved("/admin/", "/admin"),
            moved("/admin/users/", "/admin/users"),
            moved("/reports/", "/reports"),
            moved("/public/", "/public"),
            moved("/public/help/", "/public/help"),
            moved("/login/", "/login"),
            moved("/home/", "/home"),
            moved("/nowhere/", "/nowhere"),
            moved("/admin/?x=1", "/admin?x=1"),
            page("/admin", "admin"),
            page("/admin/users", "admin/users"),
            page("/reports", "reports"),
            page("/logout", "logout"),
            page("/public", "public"),
            page("/public/help", "public/help"),
            page("/home", "home"),
            page("/", ""),
            page("/admin/users/list", "admin/users/list"),
            page("/nowhere", "nowhere")));
  }

  static Stream<Arguments> methods() {
    List<Member> members = new ArrayList<>();
    for (String target : List.of("/admin", "/admin/users", "/reports", "/public")) {
      String path = target.substring(1);
      for (String method : List.of("HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE")) {
        members.add(page(target, path).with(method, Map.of()));
      }
      members.add(page(target, path).with("GET", Map.of("X-HTTP-Method-Override", "DELETE")));
      members.add(page(target, path).with("POST", Map.of("X-HTTP-Method", "GET")));
      members.add(page(target, path).with("POST", Map.of("X-Method-Override", "PUT")));
      members.add(page(target + "?_method=GET", path).with("POST", Map.of()));
      members.add(new Member("PROPFIND", target, Map.of(), new Member.NotAllowed()));
      members.add(new Member("FOO", target, Map.of(), new Member.NotAllowed()));
    }
    return everywhere(members);
  }

  static Stream<Arguments> dispatches() {
    return everywhere(
        List.of(
            page("/public?forward=/admin", "admin"),
            page("/public?forward=/admin/users", "admin/users"),
            page("/public?forward=/reports", "reports"),
            page("/public?forward=/ADMIN", "ADMIN"),
            page("/public?forward=/public/help", "public/help"),
            moved("/public?forward=/admin/", "/admin"),
            malformed("/public?forward=/public/../admin"),
            malformed("/public?forward=/admin;x"),
            // The container decodes a dispatch path; what it names is the application's choice.
            page("/public?forward=/admin%2fusers", "admin/users"),
            refused("/public?forward=//admin"),
            page("/public?include=/admin", "public"),
            page("/public?include=/admin/users", "public"),
            page("/public?include=/reports", "public"),
            page("/public?include=/public/../admin", "public"),
            page("/public?include=/admin;x", "public"),
            page("/public?include=/ADMIN", "public")));
  }

  /** Targets sent as they are, not under the context path: variants of {@code /ctx} itself. */
  static Stream<Arguments> contextPaths() {
    List<Member> members =
        List.of(
            Member.refused("/ctx;x/admin"),
            Member.refused("/ctx;jsessionid=1/admin"),
            Member.refused("/ctx%2fadmin"),
            Member.refused("/ctx%2Fadmin/users"),
            Member.refused("//ctx/admin"),
            Member.refused("/ctx//admin"),
            Member.refused("/ctx/./admin"),
            Member.refused("/ctx/../ctx/admin"),
            Member.refused("/x/../ctx/admin"),
            Member.refused("/ctx/%2e/admin"),
            Member.refused("/%63tx/admin"),
            Member.otherContext("/CTX/admin"),
            Member.otherContext("/ctxadmin"),
            Member.otherContext("/ctx.json"),
            Member.refused("/ctx\\admin"),
            Member.refused("/ctx%00/admin"),
            page("/ctx/admin", "admin"),
            page("/ctx/admin/users", "admin/users"),
            page("/ctx/", ""),
            moved("/ctx/admin/", "/ctx/admin"),
            Member.refused("/ctx;x/"),
            Member.refused("/%63tx/"),
            Member.refused("/x/../ctx/"));
    List<Arguments> cases = new ArrayList<>();
    for (Deployment deployment : Containers.all()) {
      if (!deployment.contextPath().isEmpty()) {
        Deployment raw = deployment.atRoot();
        for (Persona persona : Persona.values()) {
          members.forEach(member -> cases.add(Arguments.of(raw, persona, member)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("contextPaths")
  void contextPathVariantWhenSentThenNeverReachesAPage(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("semicolons")
  void semicolonWhenSentThenRejected(Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("dotSegments")
  void dotSegmentWhenSentThenRejected(Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("encodedSeparators")
  void encodedSeparatorWhenSentThenRejected(Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("doubleEncoding")
  void doubleEncodingWhenSentThenRejected(Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("emptySegments")
  void emptySegmentWhenSentThenRejected(Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("whitespaceAndControls")
  void whitespaceOrControlWhenSentThenRejected(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("nonAsciiAndCase")
  void nonAsciiOrCaseVariantWhenSentThenNeverFolded(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("assetSuffixes")
  void assetLookalikeWhenSentThenDecidedAsItsPage(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("trailingSlashesAndOtherNavigations")
  void pageOrTrailingSlashWhenSentThenDecidedForThePersona(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("methods")
  void methodWhenSentThenAccessNeverDependsOnIt(Deployment d, Persona p, Member m)
      throws IOException {
    Verdict.send(d, p, m);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("dispatches")
  void dispatchWhenPublicPageForwardsOrIncludesThenDecidedLikeARequest(
      Deployment d, Persona p, Member m) throws IOException {
    Verdict.send(d, p, m);
  }
}
