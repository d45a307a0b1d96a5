package dev.pagenav.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorReferenceTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.pagenav.Navigation;
import dev.pagenav.NavigationPolicy;
import dev.pagenav.Page;
import dev.pagenav.Section;
import dev.pagenav.servlet.PageNavFilter;
import dev.pagenav.spring.PageNavAutoConfiguration;
import dev.pagenav.test.PageNavAssertions;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the published modules, checked on their compiled classes. Each module is
 * imported from where its entry point was loaded, so a rule about nav-core sees exactly the classes
 * nav-core ships, whatever their package.
 */
class ArchitectureTest {

  private static final JavaClasses CORE = importModulesOf(Page.class);
  private static final JavaClasses LIBRARY =
      importModulesOf(
          Page.class, PageNavFilter.class, PageNavAutoConfiguration.class, PageNavAssertions.class);
  private static final JavaClasses USERS = importUsers(System.getProperty("pagenav.users", ""));

  private static final Set<String> MODEL =
      Set.of(
          Page.class.getName(),
          Section.class.getName(),
          Navigation.class.getName(),
          Navigation.Builder.class.getName());

  @Test
  void coreWhenCompiledThenDependsOnNoServletOrSpringType() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "org.springframework..")
        .because("nav-core needs only the JDK, Jackson and JSpecify")
        .check(CORE);
  }

  @Test
  void adaptersWhenCompiledThenCreateNoPageSectionOrNavigation() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.pagenav.servlet..", "dev.pagenav.spring..")
        .should()
        .accessTargetWhere(createsModel())
        .because("pages and navigations come from the application's policy, not the adapter")
        .check(LIBRARY);
  }

  @Test
  void adaptersWhenCompiledThenImplementNoNavigationPolicy() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.pagenav.servlet..", "dev.pagenav.spring..")
        .should()
        .implement(NavigationPolicy.class)
        .because("who reaches which page is the application's policy, not the adapter's")
        .check(LIBRARY);
  }

  @Test
  void samplesAndBenchmarksWhenCompiledThenUseNoInternalPackage() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.pagenav..internal..")
        .because("internal packages are shared between pagenav's modules and are not API")
        .check(USERS);
  }

  /**
   * Matches a constructor call, a static factory, a builder step, or a method of a model type that
   * returns a new value of that same type (such as {@code Page.hidden()}); reading a navigation's
   * pages matches none of these.
   */
  private static DescribedPredicate<JavaAccess<?>> createsModel() {
    return DescribedPredicate.describe(
        "create a page, section or navigation",
        access -> {
          if (!(access.getTarget() instanceof CodeUnitAccessTarget target)
              || !MODEL.contains(target.getOwner().getName())) {
            return false;
          }
          return target instanceof ConstructorCallTarget
              || target instanceof ConstructorReferenceTarget
              || isStatic(target)
              || target.getOwner().isEquivalentTo(Navigation.Builder.class)
              || target.getRawReturnType().equals(target.getOwner());
        });
  }

  private static boolean isStatic(CodeUnitAccessTarget target) {
    return target.resolveMember().stream()
        .anyMatch(member -> member.getModifiers().contains(JavaModifier.STATIC));
  }

  private static JavaClasses importModulesOf(Class<?>... entryPoints) {
    Set<Location> locations =
        Arrays.stream(entryPoints)
            .map(ArchitectureTest::codeSource)
            .map(Location::of)
            .collect(Collectors.toSet());
    return new ClassFileImporter().importLocations(locations);
  }

  private static URL codeSource(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static JavaClasses importUsers(String folders) {
    List<Path> paths = Arrays.stream(folders.split(",")).map(Path::of).toList();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        throw new IllegalStateException(
            "No compiled classes at '" + path + "'; build the samples and nav-bench first.");
      }
    }
    return new ClassFileImporter().importPaths(paths);
  }
}
