package dev.pagenav.spring;

import dev.pagenav.RoutingDecision;
import dev.pagenav.servlet.PageNavFilter;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Spring Security's access decision taken from pagenav: a request is granted exactly when the
 * {@link PageNavFilter} would let it through, so Spring Security and the navigation never disagree
 * on a page.
 *
 * <p>Without a security filter chain of the application's, the auto-configuration authorises every
 * request with it. In a chain of your own, use it for the requests pagenav guards:
 *
 * <pre>{@code
 * http.authorizeHttpRequests(requests -> requests.anyRequest().access(pageNavAuthorization));
 * }</pre>
 */
public final class PageNavAuthorizationManager
    implements AuthorizationManager<RequestAuthorizationContext> {

  private final ObjectProvider<PageNavFilter> filter;

  /**
   * Creates the manager.
   *
   * @param filter the filter whose decisions it follows, looked up on first use
   */
  public PageNavAuthorizationManager(ObjectProvider<PageNavFilter> filter) {
    this.filter = filter;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    RoutingDecision decision = filter.getObject().decide(context.getRequest());
    return new AuthorizationDecision(!decision.outcome().denies());
  }
}
