/**
 * pagenav's framework-agnostic core: pages, sections, navigations, the per-session navigation
 * policy, routing decisions, switch page, page links, the menu model and session state.
 *
 * <p>Start with {@link dev.pagenav.PageNav}. The application declares {@link dev.pagenav.Page
 * pages}, and a {@link dev.pagenav.NavigationPolicy} turns a session's {@link
 * dev.pagenav.SessionState} into a {@link dev.pagenav.Navigation}. That navigation is the one
 * source of truth for routing ({@link dev.pagenav.PageNav#decide}), switch page, page links and the
 * menu ({@link dev.pagenav.Navigator}), so the four can never disagree.
 *
 * <p>Adapters (servlet, Spring) stay thin: they turn a request into a {@link
 * dev.pagenav.RouteRequest}, apply the returned {@link dev.pagenav.RoutingDecision}, hand page
 * handlers a {@link dev.pagenav.Navigator}, and persist state through a {@link
 * dev.pagenav.SessionStateStore}. No rule about pages lives outside this package, and this package
 * never logs: every decision carries its reason for the adapter to log.
 */
@NullMarked
package dev.pagenav;

import org.jspecify.annotations.NullMarked;
