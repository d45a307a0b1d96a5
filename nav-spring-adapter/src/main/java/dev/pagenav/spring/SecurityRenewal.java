package dev.pagenav.spring;

import dev.pagenav.SessionStateStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A state store that renews the session id at login with Spring Security's session authentication
 * strategy, so session fixation protection is configured in one place; everything else goes to the
 * store it wraps.
 */
final class SecurityRenewal implements SessionStateStore<HttpServletRequest> {

  private static final Authentication ANONYMOUS =
      new AnonymousAuthenticationToken(
          "pagenav", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

  private final SessionStateStore<HttpServletRequest> store;
  private final SessionAuthenticationStrategy strategy;

  SecurityRenewal(
      SessionStateStore<HttpServletRequest> store, SessionAuthenticationStrategy strategy) {
    this.store = store;
    this.strategy = strategy;
  }

  @Override
  public Map<String, String> load(HttpServletRequest request) {
    return store.load(request);
  }

  @Override
  public void save(HttpServletRequest request, String name, @Nullable String json) {
    store.save(request, name, json);
  }

  @Override
  public HttpServletRequest renew(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      request.getSession(); // a new session has a new id already
      return request;
    }
    strategy.onAuthentication(authentication(), request, response());
    return request;
  }

  @Override
  public void delete(HttpServletRequest request) {
    store.delete(request);
  }

  private static Authentication authentication() {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    return current == null ? ANONYMOUS : current;
  }

  private static @Nullable HttpServletResponse response() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? servlet.getResponse()
        : null;
  }
}
