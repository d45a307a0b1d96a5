package dev.pagenav.test;

import dev.pagenav.NavigationPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Finds the policy and the personas in a test class's static fields, and gives test methods the
 * {@link AccessMatrix} they make:
 *
 * <pre>{@code
 * @ExtendWith(PageNavExtension.class)
 * class AccessRulesTest {
 *   static final NavigationPolicy POLICY = new LoginNavigation();
 *   static final Persona ANONYMOUS = Persona.anonymous();
 *   static final Persona LOGGED_IN = Persona.of("logged in").with(LOGGED_IN_KEY, true);
 *
 *   @Test
 *   void accessMatrixWhenBuiltThenMatchesTheCommittedOne(AccessMatrix matrix) {
 *     matrix.assertMatches(Path.of("src/test/resources/access-matrix.md"));
 *   }
 * }
 * }</pre>
 *
 * <p>The class needs exactly one static {@link NavigationPolicy} field, and either a static {@code
 * List<Persona>} field, whose order the matrix's columns take, or static {@link Persona} fields,
 * taken in the order the class declares them (as the JVM lists them; use the list for an order that
 * is guaranteed).
 */
public final class PageNavExtension implements ParameterResolver {

  /** Creates the extension; JUnit does this. */
  public PageNavExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == AccessMatrix.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> test = context.getRequiredTestClass();
    List<NavigationPolicy> policies = staticValues(test, NavigationPolicy.class);
    List<Persona> personas = personas(test);
    if (policies.size() != 1 || personas.isEmpty()) {
      throw new ParameterResolutionException(
          test.getName()
              + " has "
              + policies.size()
              + " static NavigationPolicy fields and "
              + personas.size()
              + " static Persona fields. Declare exactly one policy and at least one persona as"
              + " static fields, such as 'static final Persona ANONYMOUS = Persona.anonymous();'.");
    }
    return AccessMatrix.of(policies.get(0), personas);
  }

  /** Returns the personas of a static {@code List<Persona>} field, else the Persona fields. */
  private static List<Persona> personas(Class<?> test) {
    for (Field field : test.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getGenericType() instanceof ParameterizedType list
          && list.getRawType() == List.class
          && list.getActualTypeArguments()[0] == Persona.class) {
        List<?> values = (List<?>) read(field);
        return values.stream().map(Persona.class::cast).toList();
      }
    }
    return staticValues(test, Persona.class);
  }

  private static <T> List<T> staticValues(Class<?> test, Class<T> type) {
    List<T> values = new ArrayList<>();
    for (Field field : test.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && type.isAssignableFrom(field.getType())) {
        values.add(type.cast(read(field)));
      }
    }
    return values;
  }

  private static Object read(Field field) {
    try {
      field.setAccessible(true);
      return field.get(null);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ParameterResolutionException("Cannot read static field " + field, e);
    }
  }
}
