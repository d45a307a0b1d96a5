/**
 * The Jakarta Servlet adapter for pagenav: a filter that applies the routing decision to every
 * request, a request-bound {@link dev.pagenav.servlet.PageContext} for page handlers, a
 * HttpSession-backed state store and the HTML menu.
 *
 * <p>Start with {@link dev.pagenav.servlet.PageNavFilter}. The adapter holds no rule about pages:
 * it turns each request, and each forward or include dispatch, into a {@link
 * dev.pagenav.RouteRequest}, applies the {@link dev.pagenav.RoutingDecision} of {@code nav-core},
 * and writes state changes through to the {@link dev.pagenav.SessionStateStore} as they happen, so
 * a session created by a change always reaches the client with the response.
 *
 * <p>A page is served by a lambda {@link dev.pagenav.servlet.PageHandler}, by a forward to a
 * servlet path or JSP, or by the application's own servlet mapped at the page's URL, which the
 * filter only gates. Forwards the filter makes itself are let through once; every other forward or
 * include is decided like a request.
 */
@NullMarked
package dev.pagenav.servlet;

import org.jspecify.annotations.NullMarked;
