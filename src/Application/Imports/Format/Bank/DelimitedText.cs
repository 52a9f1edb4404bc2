using System.Text;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>RFC 4180 fields: a field in double quotes may hold the delimiter, line breaks and <c>""</c> for a quote.</summary>
public static class DelimitedText
{
    /// <returns>The rows, each with the line it starts on (1-based); empty lines are skipped.</returns>
    public static List<(int Line, List<string> Cells)> Rows(string text, char delimiter)
    {
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, rowLine = 1, quoteLine = 0;
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; quoteLine = line; }
            else if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); wasQuoted = false; }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                if (cells.Count > 1 || cells[0].Length > 0 || wasQuoted) rows.Add((rowLine, cells));
                cells = [];
                wasQuoted = false;
                cell.Clear();
                rowLine = ++line;
            }
            else if (wasQuoted) throw new BankSyntaxException($"line {line}: text after a closing quote (write \"\" for a quote inside a quoted field)");
            else cell.Append(c);
        }
        if (quoted)
            throw new BankSyntaxException($"the quoted field opened on line {quoteLine} is never closed");
        cells.Add(cell.ToString());
        if (cells.Count > 1 || cells[0].Length > 0 || wasQuoted) rows.Add((rowLine, cells));
        return rows;
    }

    public static string Field(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
