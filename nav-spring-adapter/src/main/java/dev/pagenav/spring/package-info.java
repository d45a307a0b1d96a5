/**
 * Spring Boot adapter: routes every Spring MVC request by the session's pagenav navigation.
 *
 * <p>Design. The adapter adds no rule about pages; it wires the servlet adapter into Spring Boot.
 * {@link dev.pagenav.spring.PageNavAutoConfiguration} turns on when the application declares a
 * {@link dev.pagenav.NavigationPolicy} bean, and registers the servlet adapter's filter for every
 * dispatcher type rather than a handler interceptor: a filter also sees forwards, includes, error
 * dispatches, static resources and requests no controller maps, so nothing reaches a handler
 * undecided. It runs after Spring Session's filter, so state lives in whatever session engine the
 * application uses, and just after Spring Security's, so CSRF protection and security headers cover
 * the pages pagenav serves itself too; Spring Security's refusals of pages outside the navigation
 * are answered by pagenav, with its redirect and notice.
 *
 * <p>Pages are controller methods at the pages' URLs: the paths that Spring MVC maps become gated
 * pages, and the root forwards to the default page's handler. Controllers take the {@link
 * dev.pagenav.servlet.PageContext}, {@link dev.pagenav.SessionState} or {@link
 * dev.pagenav.Navigator} as arguments; they switch page by returning a {@link dev.pagenav.Page} or
 * by calling {@code switchPage}, both a 303. Every view gets the page context as the model
 * attribute {@code pagenav}, and {@code templates/pagenav/menu.html} holds Thymeleaf fragments for
 * the menu, links, notice and stylesheet.
 *
 * <p>With Spring Security, its CSRF protection replaces pagenav's same-origin check, its session
 * authentication strategy renews the session id at login, and {@link
 * dev.pagenav.spring.PageNavAuthorizationManager} grants exactly what the filter lets through, so
 * the two never disagree on a page; {@link dev.pagenav.spring.PageNavRefusals} answers what it
 * refuses.
 *
 * <p>With Spring Session, state lives in its store (Redis, JDBC) and a failing store must fail
 * closed without a 500. Each session repository is wrapped so that its failures become {@link
 * dev.pagenav.servlet.StoreUnavailableException} and are logged once per episode; a check just
 * inside Spring Session's filter meets the failure before any page, template or security check
 * does, and keeps a save that fails while a page writes away from the page; a filter just outside
 * it answers 503.
 */
@NullMarked
package dev.pagenav.spring;

import org.jspecify.annotations.NullMarked;
