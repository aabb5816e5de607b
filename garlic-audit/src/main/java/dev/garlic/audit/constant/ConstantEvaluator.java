package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value an expression has whatever input the program gets: its compile-time constant value, or
 * the value the project's own configuration gives it.
 *
 * <p>Folds literals (text blocks included), {@code static final} and other never-reassigned fields
 * of the project (by simple name, import, static import, qualified name or inheritance), public
 * constants of the JDK ({@code XMLConstants.FEATURE_SECURE_PROCESSING}), string concatenation,
 * arithmetic, comparisons and logic, casts, ternaries whose condition folds, {@code String.valueOf}
 * and the common pure {@code String} methods ({@code toUpperCase}, {@code trim}, {@code
 * equals}...), and local variables whose every assignment is the same constant. Resolves
 * configuration: {@code Properties.getProperty(key[, default])} on a {@code Properties} loaded in
 * reach from a project resource ({@code getResourceAsStream}, a class loader, {@code new
 * FileInputStream( "src/main/resources/...")}), {@code ResourceBundle.getString}, and Spring
 * {@code @Value("${key:default}")} fields and parameters and {@code Environment.getProperty} from
 * {@code application.properties} or {@code application.yml}. Enum constants are not values.
 *
 * <p>Values are {@link String}, {@link Boolean}, {@link Character} or a boxed number ({@link
 * Integer} for {@code int}, {@code short} and {@code byte}; {@link Long}, {@link Float}, {@link
 * Double}); {@code null} is no value. Unknown means "may differ at run time", never an error.
 *
 * <p>Thread-safe. Per-project work (the type index, parsed configuration, field values) is memoised
 * for the project last seen (by identity), so one evaluator should serve a whole audit.
 */
public final class ConstantEvaluator {

  private volatile @Nullable ProjectConstants current;

  private static final ConstantEvaluator SHARED = new ConstantEvaluator();

  /** An evaluator with an empty memo. */
  public ConstantEvaluator() {}

  /**
   * The process-wide evaluator, so that the checks and the taint analysis of one audit share the
   * memo of its project.
   */
  public static ConstantEvaluator shared() {
    return SHARED;
  }

  /**
   * The value of {@code e}, an expression of {@code file} in {@code project}.
   *
   * @return the constant, or empty when the value is unknown (depends on input, state, or code this
   *     evaluator does not follow)
   */
  public Optional<Object> evaluate(Expression e, SourceFile file, AuditProject project) {
    return new Evaluation(state(project)).value(e, file);
  }

  /** The value of the condition {@code e}, when it folds to a boolean. */
  public Optional<Boolean> condition(Expression e, SourceFile file, AuditProject project) {
    return evaluate(e, file, project).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  /** The value of {@code e} when it folds to a string. */
  public Optional<String> string(Expression e, SourceFile file, AuditProject project) {
    return evaluate(e, file, project).filter(String.class::isInstance).map(String.class::cast);
  }

  /**
   * Every value {@code e} may have, when there are several constant ones: a local assigned
   * different constants on different paths, a ternary whose condition does not fold. Empty when any
   * possible value is unknown; a single-element set when {@link #evaluate} knows the value.
   */
  public Optional<Set<Object>> possibleValues(Expression e, SourceFile file, AuditProject project) {
    return new Evaluation(state(project)).possible(e, file);
  }

  /**
   * False when {@code node} can never run because it is in the untaken branch of a condition that
   * folds to a constant ({@code if (false)}, {@code DEBUG ? a : b} with {@code DEBUG} false, the
   * right side of {@code false && x}, the body of {@code while (false)}).
   */
  public boolean reachable(Node node, SourceFile file, AuditProject project) {
    return !new Evaluation(state(project)).dead(node, file);
  }

  private ProjectConstants state(AuditProject project) {
    ProjectConstants s = current;
    if (s == null || s.project() != project) {
      synchronized (this) {
        s = current;
        if (s == null || s.project() != project) {
          s = new ProjectConstants(project);
          current = s;
        }
      }
    }
    return s;
  }
}
