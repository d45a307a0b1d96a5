package dev.pagenav.spring;

import dev.pagenav.servlet.StoreUnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just inside Spring Session's filter and finds a failing session store before any page does:
 * it loads the request's session at once, and while the store is in an episode of failures it asks
 * the store about a visitor without a session too. Either failing ends the request with a {@link
 * StoreUnavailableException}, which the filter outside Spring Session's answers with 503, so no
 * page, template or security check meets the failure halfway through.
 *
 * <p>A save that fails while the page writes, as the response is committed, is kept from the page
 * by a {@link SaveFailureShield} and ends the request the same way once the page is done.
 *
 * <p>Loading the session first costs nothing extra: pagenav reads the session's state on every
 * request anyway. The question about a visitor without a session is asked only during an outage,
 * and is how the first request after it sees that the store is back.
 */
final class SessionStoreCheck extends OncePerRequestFilter {

  /** A session id no session has, whose lookup only tells whether the store answers. */
  private static final String PROBE = "pagenav-store-check";

  private final @Nullable SessionRepository<?> repository;
  private final @Nullable SessionRepositoryGuard guard;

  /** Creates the check; without a repository and its guard it only loads the session. */
  SessionStoreCheck(
      @Nullable SessionRepository<?> repository, @Nullable SessionRepositoryGuard guard) {
    this.repository = repository;
    this.guard = guard;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getSession(false) == null
        && repository != null
        && guard != null
        && guard.failing()) {
      repository.findById(PROBE); // throws while the store still fails
    }
    SaveFailureShield shield = new SaveFailureShield(response);
    chain.doFilter(request, shield);
    if (shield.failed()) {
      throw new StoreUnavailableException("save a session");
    }
  }
}
