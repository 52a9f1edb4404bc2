using System.Text;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// GIFT's escapes (<c>\~ \= \# \{ \} \: \\</c> and <c>\n</c> for a line break). Reading first swaps each escape for a
/// private-use character, so the structure can be found with plain string searches, then swaps them back.
/// </summary>
public static class GiftText
{
    private const string Escapable = "\\~=#{}:n";
    private const char First = '\uE000';

    public static string Protect(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var at = i + 1 < text.Length && text[i] == '\\' ? Escapable.IndexOf(text[i + 1]) : -1;
            if (at < 0)
            {
                result.Append(text[i]);
                continue;
            }
            result.Append((char)(First + at));
            i++;
        }
        return result.ToString();
    }

    public static string Unprotect(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = c - First;
            result.Append(at is >= 0 and < 8 ? Escapable[at] is 'n' ? '\n' : Escapable[at] : c);
        }
        return result.ToString();
    }

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // A raw line break would end the question; \r too once the reader normalises line endings.
            if (c is '\n' or '\r') result.Append("\\n");
            else if (c != 'n' && Escapable.Contains(c)) result.Append('\\').Append(c);
            else result.Append(c);
        }
        return result.ToString();
    }
}
