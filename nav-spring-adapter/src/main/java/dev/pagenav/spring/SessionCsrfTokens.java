package dev.pagenav.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the HttpSession, made for a visitor without a session only when a page is read. A
 * state-changing request from such a visitor cannot carry a valid token and is refused anyway;
 * saving the token it was compared with would only make a session for every scanner's POST.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return tokens.generateToken(request);
  }

  @Override
  public void saveToken(
      @Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    boolean sessionless = request.getSession(false) == null;
    if (token != null && sessionless && !READS.contains(request.getMethod())) {
      return;
    }
    tokens.saveToken(token, request, response);
  }

  @Override
  public @Nullable CsrfToken loadToken(HttpServletRequest request) {
    return tokens.loadToken(request);
  }
}
