package dev.pagenav.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every page for every role, through the whole filter and controller stack without a server. */
@SpringBootTest
@AutoConfigureMockMvc
class PageAccessTest {

  /** Each page's url path and the heading it renders, the expected access written out by hand. */
  static final Map<String, String> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put("login", "Log in");
    HEADINGS.put("logout", "Log out");
    HEADINGS.put("settings", "Settings");
    HEADINGS.put("about", "About");
    HEADINGS.put("access", "Access matrix");
    HEADINGS.put("request-1", "Request 1");
    HEADINGS.put("request-2", "Request 2");
    HEADINGS.put("respond-1", "Respond 1");
    HEADINGS.put("respond-2", "Respond 2");
    HEADINGS.put("admin-1", "Admin 1");
    HEADINGS.put("admin-2", "Admin 2");
  }

  enum Persona {
    LOGGED_OUT("", "login"),
    REQUESTER("requester", "request-1", "logout", "settings", "about", "access", "request-2"),
    RESPONDER("responder", "respond-1", "logout", "settings", "about", "access", "respond-2"),
    ADMIN(
        "admin",
        "admin-1",
        "logout",
        "settings",
        "about",
        "access",
        "request-1",
        "request-2",
        "respond-1",
        "respond-2",
        "admin-2");

    final String role;
    final String home;
    final Set<String> others;

    Persona(String role, String home, String... others) {
      this.role = role;
      this.home = home;
      this.others = Set.of(others);
    }

    boolean reaches(String path) {
      return home.equals(path) || others.contains(path);
    }
  }

  @Autowired MockMvc mvc;

  static Stream<Arguments> reachableOthers() {
    return pairs().filter(pair -> ((Persona) pair.get()[0]).others.contains(pair.get()[1]));
  }

  static Stream<Arguments> unreachable() {
    return pairs().filter(pair -> !((Persona) pair.get()[0]).reaches((String) pair.get()[1]));
  }

  private static Stream<Arguments> pairs() {
    return Arrays.stream(Persona.values())
        .flatMap(persona -> HEADINGS.keySet().stream().map(path -> Arguments.of(persona, path)));
  }

  MockHttpSession sessionOf(Persona persona) throws Exception {
    if (persona == Persona.LOGGED_OUT) {
      return new MockHttpSession();
    }
    MvcResult login =
        mvc.perform(post("/login").param("role", persona.role).with(csrf()))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/"))
            .andReturn();
    return (MockHttpSession) login.getRequest().getSession(false);
  }

  @ParameterizedTest(name = "{0} /{1}")
  @MethodSource("reachableOthers")
  void getWhenPageInTheRoleNavigationThenRendersItsHeading(Persona persona, String path)
      throws Exception {
    MvcResult result =
        mvc.perform(get("/" + path).session(sessionOf(persona)))
            .andExpect(status().isOk())
            .andReturn();

    assertThat(result.getResponse().getContentAsString())
        .contains("<h1>" + HEADINGS.get(path) + "</h1>");
  }

  @ParameterizedTest(name = "{0} /{1}")
  @MethodSource("unreachable")
  void getWhenPageOutsideTheRoleNavigationThenRedirectsToRootWithoutItsContent(
      Persona persona, String path) throws Exception {
    MvcResult result =
        mvc.perform(get("/" + path).session(sessionOf(persona)))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/"))
            .andReturn();

    assertThat(result.getResponse().getContentAsString()).doesNotContain(HEADINGS.get(path));
  }

  @ParameterizedTest
  @EnumSource(Persona.class)
  void getWhenDefaultPageByItsOwnPathThenRedirectsToRoot(Persona persona) throws Exception {
    mvc.perform(get("/" + persona.home).session(sessionOf(persona)))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/"));
  }

  @ParameterizedTest
  @EnumSource(Persona.class)
  void rootWhenRequestedThenForwardsToTheRoleDefaultPage(Persona persona) throws Exception {
    mvc.perform(get("/").session(sessionOf(persona)))
        .andExpect(status().isOk())
        .andExpect(forwardedUrl("/" + persona.home));
  }

  @Test
  void getWhenRequesterAsksForAdminThenNeverSeesAdminContent() throws Exception {
    MvcResult result =
        mvc.perform(get("/admin-1").session(sessionOf(Persona.REQUESTER))).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(303);
    assertThat(result.getResponse().getContentAsString()).doesNotContain("Admin", "Invite");
  }

  @Test
  void postWhenRequestSentThenSwitchesToRequestTwo() throws Exception {
    mvc.perform(post("/request-1").with(csrf()).session(sessionOf(Persona.REQUESTER)))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/request-2"));
  }

  @Test
  void postWhenMenuPositionUnknownThenBadRequestAndSidebarKept() throws Exception {
    MockHttpSession session = sessionOf(Persona.ADMIN);

    MvcResult result =
        mvc.perform(post("/settings").param("position", "left").with(csrf()).session(session))
            .andExpect(status().isBadRequest())
            .andReturn();

    assertThat(result.getResponse().getContentAsString())
        .contains(AccountPages.UNKNOWN_POSITION, "value=\"sidebar\" checked");
  }

  @ParameterizedTest
  @EnumSource(
      value = Persona.class,
      names = {"REQUESTER", "RESPONDER", "ADMIN"})
  void accessWhenLoggedInThenTheWholeMatrixAsHtml(Persona persona) throws Exception {
    MvcResult result =
        mvc.perform(get("/access").session(sessionOf(persona)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andReturn();

    assertThat(result.getResponse().getContentAsString())
        .startsWith("<!DOCTYPE html>")
        .contains("<th scope=\"col\">anonymous</th>", "<th scope=\"col\">admin</th>")
        .contains("Pages and access <code>actuator/pagenav</code>");
  }

  @Test
  void actuatorPagenavWhenAdminThenPagesAndAccessAsJson() throws Exception {
    mvc.perform(
            get("/actuator/pagenav")
                .accept(MediaType.APPLICATION_JSON)
                .session(sessionOf(Persona.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.pages[0].urlPath").value("login"))
        .andExpect(jsonPath("$.pages[0].title").value("Log in"))
        .andExpect(jsonPath("$.access.requester['admin-1']").value("no"))
        .andExpect(jsonPath("$.access.admin['actuator/pagenav']").value("hidden"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Persona.class,
      names = {"LOGGED_OUT", "REQUESTER", "RESPONDER"})
  void actuatorPagenavWhenNotAdminThenRedirectsToRootWithoutTheMatrix(Persona persona)
      throws Exception {
    MvcResult result =
        mvc.perform(get("/actuator/pagenav").session(sessionOf(persona)))
            .andExpect(status().isSeeOther())
            .andExpect(redirectedUrl("/"))
            .andReturn();

    assertThat(result.getResponse().getContentAsString()).doesNotContain("urlPath");
  }

  @Test
  void actuatorWhenAdminAsksForAnEndpointOutsideTheNavigationThenRedirectsToRoot()
      throws Exception {
    mvc.perform(get("/actuator").session(sessionOf(Persona.ADMIN)))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness"})
  void healthWhenProbedWithoutSessionThenStatusOnly(String path) throws Exception {
    mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist())
        .andExpect(jsonPath("$.details").doesNotExist());
  }
}
