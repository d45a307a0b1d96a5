package dev.pagenav;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An icon shown beside a page's title: an emoji or a Material Symbols icon.
 *
 * <p>Write a Material Symbols icon as {@code :material/name:}, for example {@code
 * :material/bug_report:}; write an emoji as the single character itself, for example {@code "🐞"}.
 *
 * @param kind whether the icon is an emoji or a Material Symbols icon
 * @param value the emoji itself, or the Material Symbols name such as {@code bug_report}
 */
public record Icon(Kind kind, String value) {

  private static final Pattern MATERIAL = Pattern.compile(":material/([a-z0-9_]+):");
  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  private static final Pattern KEYCAP = Pattern.compile("[0-9#*]\\x{FE0F}?\\x{20E3}");
  private static final String FORMS =
      "Use a single emoji such as \"🐞\", or a Material Symbols name written"
          + " \":material/bug_report:\" (lower-case letters, digits and '_').";

  /** The two kinds of icon. */
  public enum Kind {
    /** A single emoji, rendered as text. */
    EMOJI,
    /** A Material Symbols icon, rendered with the font the library serves. */
    MATERIAL
  }

  /**
   * Creates an icon, validating its value.
   *
   * @param kind whether the icon is an emoji or a Material Symbols icon
   * @param value the emoji itself, or the Material Symbols name such as {@code bug_report}
   * @throws IllegalArgumentException if the value is not of its kind's form
   */
  public Icon {
    if (kind == Kind.MATERIAL && !MATERIAL.matcher(":material/" + value + ":").matches()) {
      throw new IllegalArgumentException(
          "Invalid Material Symbols icon name '" + value + "'. " + FORMS);
    }
    if (kind == Kind.EMOJI && !isEmoji(value)) {
      throw new IllegalArgumentException("Invalid emoji icon '" + value + "'. " + FORMS);
    }
  }

  /**
   * Parses an icon written as an emoji or as {@code :material/name:}.
   *
   * @param text the icon as written in a page declaration
   * @return the icon
   * @throws IllegalArgumentException if the text is neither form
   */
  public static Icon of(String text) {
    Matcher material = MATERIAL.matcher(text);
    if (material.matches()) {
      return new Icon(Kind.MATERIAL, material.group(1));
    }
    if (isEmoji(text)) {
      return new Icon(Kind.EMOJI, text);
    }
    throw new IllegalArgumentException("Invalid icon '" + text + "'. " + FORMS);
  }

  private static boolean isEmoji(String text) {
    Matcher grapheme = GRAPHEME.matcher(text);
    if (text.isEmpty() || !grapheme.lookingAt() || grapheme.end() != text.length()) {
      return false;
    }
    int first = text.codePointAt(0);
    boolean pictographic =
        first >= 0x1F000 || (first >= 0x2190 && first <= 0x2BFF) || text.indexOf('\uFE0F') >= 0;
    return (Character.getType(first) == Character.OTHER_SYMBOL && pictographic)
        || KEYCAP.matcher(text).matches();
  }

  /** Returns the icon as written in a page declaration. */
  @Override
  public String toString() {
    return kind == Kind.MATERIAL ? ":material/" + value + ":" : value;
  }
}
