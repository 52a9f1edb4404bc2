using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Moodle's GIFT format. Questions are separated by blank lines; <c>//</c> lines are comments, except
/// <c>// @adaptive {json}</c> which carries <see cref="BankExtras"/>; <c>$CATEGORY: a/b/c/d</c> sets the facet of the
/// questions after it. Multiple choice and true/false become mcq; short answer and essay become theory; numerical,
/// matching and description questions cannot be mapped and are reported.
/// </summary>
public static partial class GiftReader
{
    public const string ExtraPrefix = "// @adaptive ";
    private const string Category = "$CATEGORY:";
    private const string GeneralFeedback = "####";

    [GeneratedRegex(@"^\[(html|moodle|plain|markdown)\]", RegexOptions.IgnoreCase)]
    private static partial Regex TextFormat();

    [GeneratedRegex(@"^%(-?\d+(?:\.\d+)?)%")]
    private static partial Regex Weight();

    public static IReadOnlyList<SourceItem> Read(string text)
    {
        var items = new List<SourceItem>();
        string? category = null;
        foreach (var block in Blocks(text))
        {
            var lines = block.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
            if (lines.Count > 0 && lines[0].TrimStart().StartsWith(Category, StringComparison.Ordinal))
            {
                category = CategoryPath.WithoutMoodleContext(lines[0].TrimStart()[Category.Length..].Trim());
                lines.RemoveAt(0);
            }
            if (lines.Count == 0)
                continue;
            var item = new SourceItem(items.Count) { Category = category };
            Question(GiftText.Protect(string.Join('\n', lines).Trim()), item);
            foreach (var extra in block.Select(l => l.TrimStart()).Where(l => l.StartsWith(ExtraPrefix, StringComparison.Ordinal)))
                BankExtras.Apply(item, extra[ExtraPrefix.Length..]);
            items.Add(item);
        }
        return items;
    }

    private static IEnumerable<List<string>> Blocks(string text)
    {
        var block = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line);
                continue;
            }
            if (block.Count > 0) yield return block;
            block = [];
        }
        if (block.Count > 0) yield return block;
    }

    private static void Question(string s, SourceItem item)
    {
        if (s.StartsWith("::", StringComparison.Ordinal) && s.IndexOf("::", 2, StringComparison.Ordinal) is var end and > 1)
        {
            var title = Plain(s[2..end]);
            if (title.Length > 0) item.Set(ImportFields.Id, title);
            s = s[(end + 2)..].TrimStart();
        }
        s = TextFormat().Replace(s, "");
        var open = s.IndexOf('{');
        var close = s.LastIndexOf('}');
        if (open < 0)
        {
            item.Set(ImportFields.Question, Plain(s));
            item.Problem(null, "no answer block { }: a description, not a question");
            return;
        }
        if (close < open)
        {
            item.Set(ImportFields.Question, Plain(s[..open]));
            item.Problem(null, "the answer block { is never closed (write \\} for a literal brace)");
            return;
        }
        var after = s[(close + 1)..].Trim();
        item.Set(ImportFields.Question, Plain(after.Length == 0 ? s[..open] : $"{s[..open].Trim()} _____ {after}"));
        var answers = s[(open + 1)..close];
        string? general = null;
        if (answers.IndexOf(GeneralFeedback, StringComparison.Ordinal) is var cut and >= 0)
        {
            general = Plain(answers[(cut + GeneralFeedback.Length)..]);
            answers = answers[..cut];
        }
        Answers(answers.Trim(), general, item);
    }

    private static void Answers(string a, string? general, SourceItem item)
    {
        if (a.Length == 0)
        {
            // An essay: its general feedback is what graders compare against, our model answer.
            item.Set(ImportFields.Type, "theory");
            item.Set(ImportFields.ModelAnswer, general);
            return;
        }
        item.Set(ImportFields.Explanation, general);
        var head = a.Split('#', 2)[0].Trim().ToUpperInvariant();
        if (head is "T" or "TRUE" or "F" or "FALSE")
            TrueFalse(head.StartsWith('T'), a.Split('#').Skip(1).Select(Plain).ToList(), item);
        else if (a.StartsWith('#'))
            item.Problem(ImportFields.Type, "a numerical question cannot be mapped (mcq, theory and scenario only)");
        else if (a[0] is not ('~' or '='))
            item.Problem(ImportFields.Options, "answers must start with = (right) or ~ (wrong)");
        else if (a.Contains('~'))
            MultipleChoice(Tokens(a), item);
        // Matching pairs are only ever "=a -> b": an option text with an arrow still has its "~" siblings.
        else if (a.Contains("->", StringComparison.Ordinal))
            item.Problem(ImportFields.Type, "a matching question cannot be mapped (mcq, theory and scenario only)");
        else
            ShortAnswer(Tokens(a), item);
    }

    private static void TrueFalse(bool answer, List<string> feedback, SourceItem item)
    {
        item.Set(ImportFields.Type, "mcq");
        item.Fields[ImportFields.Options] = new JsonObject { ["A"] = "True", ["B"] = "False" };
        item.Set(ImportFields.CorrectAnswer, answer ? "A" : "B");
        // GIFT: {TRUE#shown to a wrong answer#shown to a right answer}.
        var explanations = new JsonObject();
        if (feedback.ElementAtOrDefault(0) is { Length: > 0 } wrong) explanations[answer ? "B" : "A"] = wrong;
        if (feedback.ElementAtOrDefault(1) is { Length: > 0 } right) explanations[answer ? "A" : "B"] = right;
        if (explanations.Count > 0) item.Fields[ImportFields.OptionExplanations] = explanations;
    }

    private static void MultipleChoice(List<(char Mark, string Text)> tokens, SourceItem item)
    {
        item.Set(ImportFields.Type, "mcq");
        var options = new JsonObject();
        var explanations = new JsonObject();
        var correct = new JsonArray();
        var weights = new List<decimal>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = OptionKeys.At(i);
            var (text, feedback) = Split(tokens[i].Text);
            decimal? weight = null;
            if (Weight().Match(text) is { Success: true } w)
            {
                weight = decimal.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture);
                text = text[w.Length..];
            }
            options[key] = Plain(text);
            if (feedback is not null) explanations[key] = Plain(feedback);
            if (weight > 0 || (weight is null && tokens[i].Mark == '='))
            {
                correct.Add(key);
                weights.Add(weight ?? 100);
            }
        }
        item.Fields[ImportFields.Options] = options;
        if (explanations.Count > 0) item.Fields[ImportFields.OptionExplanations] = explanations;
        item.Fields[ImportFields.CorrectAnswer] = correct.Count == 1 ? correct[0]!.DeepClone() : correct;
        if (weights.Distinct().Count() > 1)
            item.Warnings.Add((ImportFields.CorrectAnswer, "partial-credit weights are not kept: every option with a positive weight counts as correct"));
    }

    private static void ShortAnswer(List<(char Mark, string Text)> tokens, SourceItem item)
    {
        item.Set(ImportFields.Type, "theory");
        var answers = tokens.Select(t => Plain(Weight().Replace(Split(t.Text).Text, ""))).ToList();
        item.Set(ImportFields.ModelAnswer, answers[0]);
        item.Fields[ImportFields.RubricKeywords] = new JsonArray(answers.Select(a => (JsonNode)a).ToArray());
        if (tokens.Any(t => Split(t.Text).Feedback is not null))
            item.Warnings.Add((ImportFields.RubricKeywords, "short-answer feedback is not kept"));
    }

    /// <summary>The answers of a block, each with its mark; escaped marks were protected before, so a split is safe.</summary>
    private static List<(char Mark, string Text)> Tokens(string a)
    {
        var tokens = new List<(char, string)>();
        var start = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            if (i < a.Length && a[i] is not ('~' or '=')) continue;
            tokens.Add((a[start], a[(start + 1)..i].Trim()));
            start = i;
        }
        return tokens;
    }

    private static (string Text, string? Feedback) Split(string answer) =>
        answer.IndexOf('#') is var at and >= 0 ? (answer[..at].Trim(), answer[(at + 1)..].Trim()) : (answer.Trim(), null);

    private static string Plain(string protectedText) => GiftText.Unprotect(protectedText.Trim());
}
