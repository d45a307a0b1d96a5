/**
 * JMH benchmarks of pagenav: the routing decision side by side with Spring Security's request
 * authorisation and a bare {@code HashMap} lookup, computing the navigation, rendering the menu,
 * and the HttpSession state store. {@code docs/benchmarks.md} says how to run them.
 */
@NullMarked
package dev.pagenav.bench;

import org.jspecify.annotations.NullMarked;
