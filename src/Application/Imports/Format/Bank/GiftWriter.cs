using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AdaptiveLearning.Domain.Content;

using static AdaptiveLearning.Application.Imports.Format.Bank.CanonicalItem;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// GIFT as Moodle reads it: <c>::id::question {=right#feedback ~wrong ####explanation}</c>; several correct options as
/// equal positive weights; theory as an essay whose general feedback is the model answer.
/// </summary>
public static class GiftWriter
{
    public static string Write(HierarchyPath facet, IReadOnlyList<JsonObject> items, IReadOnlyList<JsonObject?> extras)
    {
        var w = new StringBuilder();
        w.Append("$CATEGORY: ").Append(string.Join(CategoryPath.Separator, facet.Codes)).Append("\n\n");
        for (var i = 0; i < items.Count; i++)
        {
            if (extras[i] is { } extra) w.Append(GiftReader.ExtraPrefix).Append(BankExtras.Serialize(extra)).Append('\n');
            Question(w, items[i]);
            w.Append("\n\n");
        }
        return w.ToString();
    }

    private static void Question(StringBuilder w, JsonObject item)
    {
        var e = GiftText.Escape;
        var text = Text(item, ImportFields.Question) ?? "";
        if (Text(item, ImportFields.Scenario) is { } scenario) text = scenario + "\n\n" + text;
        w.Append("::").Append(e(Text(item, ImportFields.Id) ?? "")).Append("::").Append(e(text)).Append(" {\n");
        var options = Options(item);
        if (options.Count == 0)
        {
            if (Text(item, ImportFields.ModelAnswer) is { } model) w.Append("####").Append(e(model)).Append('\n');
            w.Append('}');
            return;
        }
        var correct = Strings(item, ImportFields.CorrectAnswer);
        var explanations = item[ImportFields.OptionExplanations] as JsonObject;
        var weight = (100m / Math.Max(1, correct.Count)).ToString("0.#####", CultureInfo.InvariantCulture);
        foreach (var (key, optionText) in options)
        {
            var right = correct.Contains(key);
            w.Append(correct.Count == 1 ? (right ? "=" : "~") : right ? $"~%{weight}%" : "~%-100%").Append(e(optionText));
            if (explanations?[key]?.GetValue<string>() is { } why) w.Append('#').Append(e(why));
            w.Append('\n');
        }
        if (Text(item, ImportFields.Explanation) is { } explanation) w.Append("####").Append(e(explanation)).Append('\n');
        w.Append('}');
    }
}
