// The HTML report: escaping and table helpers for hand-written HTML and SVG.
using System.Net;
using System.Text;

namespace SriovVerification.Cli.Report;

/// <summary>Small helpers for writing the report's HTML and SVG by hand: escaping, and tables.</summary>
internal static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A table with a header row; every cell escaped.</summary>
    public static string Table(string cssClass, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var b = new StringBuilder();
        b.Append("<table class=\"").Append(cssClass).Append("\"><thead><tr>");
        foreach (var column in columns)
        {
            b.Append("<th>").Append(Escape(column)).Append("</th>");
        }

        b.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            b.Append("<tr>");
            foreach (var cell in row)
            {
                b.Append("<td>").Append(Escape(cell)).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        return b.Append("</tbody></table>\n").ToString();
    }
}
