package dev.pagenav.samples.servlet;

import dev.pagenav.servlet.PageContext;

/** The HTML shell around every page: head, sidebar menu, notice and content. */
final class Layout {

  private static final String STYLE =
      "<style>body{margin:0;font-family:system-ui,sans-serif;color:#31333f}"
          + ".app{display:flex;min-height:100vh}main{padding:2rem 3rem;max-width:48rem}"
          + "button{font:inherit;padding:.5rem 1.25rem;border-radius:.5rem;border:1px solid"
          + " #d0d3da;background:#fff;cursor:pointer}button:hover{border-color:#ff4b4b;"
          + "color:#ff4b4b}.links{padding-left:0;list-style:none}"
          + "table{border-collapse:collapse}th,td{border:1px solid #d0d3da;padding:.4rem .8rem}"
          + "td{text-align:center}th[scope=row],caption{text-align:left}caption{padding:.4rem 0}"
          + ".default,.yes{background:#dafbe1}.default{font-weight:600}.hidden{background:#fff8c5}"
          + ".no{color:#5c606b}"
          + "@media (max-width:640px){.app{flex-direction:column}main{padding:1rem}}"
          + "@media (prefers-color-scheme:dark){body{background:#0e1117;color:#fafafa}"
          + "button{background:#262730;color:#fafafa;border-color:#3b3d4a}"
          + "th,td{border-color:#3b3d4a}.default,.yes{background:#0f3d1f}"
          + ".hidden{background:#4a3f00}.no{color:#a3a8b8}}</style>";

  private Layout() {}

  static String render(PageContext page, String body) {
    String title = escape(page.currentPage().title());
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + title
        + " · pagenav sample</title>"
        + page.stylesheetHtml()
        + STYLE
        + "</head><body><div class=\"app\">"
        + page.menuHtml()
        + "<main>"
        + page.noticeHtml()
        + "<h1>"
        + title
        + "</h1>"
        + body
        + "</main></div></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
