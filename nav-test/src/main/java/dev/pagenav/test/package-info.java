/**
 * Unit-testing page access rules: who reaches which page, proven in plain JUnit with no container
 * and no Spring.
 *
 * <p>A {@link dev.pagenav.test.Persona} is a named session state built with the application's own
 * state keys. {@link dev.pagenav.test.PageNavAssertions} asserts what one persona's navigation
 * holds; {@link dev.pagenav.test.AccessMatrix} tabulates every persona against every page, renders
 * the table as Markdown, HTML and JSON, and checks it against a committed golden file. {@link
 * dev.pagenav.test.PageNavExtension} finds the policy and the personas in a test class. The matrix
 * needs neither JUnit nor AssertJ, so an application can serve it too.
 */
@NullMarked
package dev.pagenav.test;

import org.jspecify.annotations.NullMarked;
