package dev.pagenav.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 503, with {@code Retry-After}, for a request during which the session store failed, as
 * long as nothing of the response has been sent.
 *
 * <p>Register it for every dispatcher type <em>before</em> the filter that saves sessions to a
 * shared store, such as Spring Session's: that filter saves the session when the response is
 * committed, so a store that fails then fails the page's response after the page ran. From outside
 * it, this filter drops what the page wrote and answers 503 without another attempt to save. The
 * Spring Boot adapter registers it when Spring Session is present; the failure must be thrown as a
 * {@link StoreUnavailableException}, which that adapter arranges.
 *
 * <p>Any other exception passes through untouched.
 */
public final class StoreUnavailableFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableFilter.class);

  /** Creates the filter. */
  public StoreUnavailableFilter() {}

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (PageNavFilter.find(e, StoreUnavailableException.class) == null
          || !(response instanceof HttpServletResponse http)) {
        throw e;
      }
      if (http.isCommitted()) {
        LOG.debug("The session store failed after the response was committed; it stays as sent.");
        return;
      }
      answer(http);
    }
  }

  /**
   * Answers 503 for a failing session store, replacing whatever the response holds: for adapters
   * that meet the failure where this filter does not see it.
   *
   * @param response the response, not yet committed
   * @throws IOException if the answer cannot be written
   */
  public static void answer(HttpServletResponse response) throws IOException {
    response.reset();
    Responses.unavailable(response);
  }
}
