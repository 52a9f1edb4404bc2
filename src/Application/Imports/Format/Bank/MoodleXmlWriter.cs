using System.Globalization;
using System.Text.Json.Nodes;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AdaptiveLearning.Domain.Content;

using static AdaptiveLearning.Application.Imports.Format.Bank.CanonicalItem;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Moodle XML: a category question for the facet, then mcq as multichoice (true/false pairs as truefalse) and theory as
/// an essay whose information for graders is the model answer. Texts are plain text, as stored.
/// </summary>
public static class MoodleXmlWriter
{
    private const string PlainText = "plain_text";

    public static string Write(HierarchyPath facet, IReadOnlyList<JsonObject> items, IReadOnlyList<JsonObject?> extras)
    {
        var quiz = new XElement("quiz",
            new XElement("question", new XAttribute("type", "category"),
                new XElement("category", TextElement("$course$/top/" + string.Join(CategoryPath.Separator, facet.Codes)))));
        for (var i = 0; i < items.Count; i++)
            quiz.Add(Question(items[i], extras[i]));
        return new XDeclaration("1.0", "UTF-8", null) + "\n" + quiz + "\n";
    }

    private static XElement Question(JsonObject item, JsonObject? extra)
    {
        var id = Text(item, ImportFields.Id) ?? "";
        var options = Options(item);
        var text = Text(item, ImportFields.Question) ?? "";
        if (Text(item, ImportFields.Scenario) is { } scenario) text = scenario + "\n\n" + text;
        var type = options.Count == 0 ? "essay" : IsTrueFalse(options) ? "truefalse" : "multichoice";
        var question = new XElement("question", new XAttribute("type", type),
            new XElement("name", TextElement(id)),
            new XElement("questiontext", new XAttribute("format", PlainText), TextElement(text)));
        if (Text(item, ImportFields.Explanation) is { } explanation)
            question.Add(new XElement("generalfeedback", new XAttribute("format", PlainText), TextElement(explanation)));
        question.Add(new XElement("idnumber", XmlSafe(id)));
        if (type == "essay")
        {
            question.Add(new XElement("responseformat", "editor"));
            if (Text(item, ImportFields.ModelAnswer) is { } model)
                question.Add(new XElement("graderinfo", new XAttribute("format", PlainText), TextElement(model)));
        }
        else
        {
            Answers(question, item, options, type == "multichoice");
        }
        var tags = Strings(item, ImportFields.Tags);
        if (tags.Count > 0)
            question.Add(new XElement("tags", tags.Select(t => new XElement("tag", TextElement(t)))));
        if (extra is not null)
            question.Add(new XElement(MoodleXmlReader.ExtraElement, BankExtras.Serialize(extra)));
        return question;
    }

    private static void Answers(XElement question, JsonObject item, IReadOnlyList<(string Key, string Text)> options, bool multichoice)
    {
        var correct = Strings(item, ImportFields.CorrectAnswer);
        var explanations = item[ImportFields.OptionExplanations] as JsonObject;
        if (multichoice)
        {
            question.Add(new XElement("single", correct.Count <= 1 ? "true" : "false"),
                new XElement("shuffleanswers", "0"), new XElement("answernumbering", "ABCD"));
        }
        var share = (100m / Math.Max(1, correct.Count)).ToString("0.#####", CultureInfo.InvariantCulture);
        foreach (var (key, optionText) in options)
        {
            var fraction = correct.Contains(key) ? share : correct.Count > 1 ? "-100" : "0";
            var answer = new XElement("answer", new XAttribute("fraction", fraction), new XAttribute("format", PlainText),
                TextElement(multichoice ? optionText : optionText.ToLowerInvariant()));
            if (explanations?[key]?.GetValue<string>() is { } why)
                answer.Add(new XElement("feedback", new XAttribute("format", PlainText), TextElement(why)));
            question.Add(answer);
        }
    }

    /// <summary>Moodle's true/false question is exactly the pair the readers make of it.</summary>
    private static bool IsTrueFalse(IReadOnlyList<(string Key, string Text)> options) =>
        options is [("A", "True"), ("B", "False")];

    private static XElement TextElement(string raw)
    {
        var text = XmlSafe(raw);
        return new("text", text.IndexOfAny(['<', '&', '>']) >= 0 && !text.Contains("]]>", StringComparison.Ordinal) ? new XCData(text) : text);
    }

    /// <summary>XML cannot hold some control characters; they are left out here and the original travels in the extra.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
            return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) safe.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
        }
        return safe.ToString();
    }
}
