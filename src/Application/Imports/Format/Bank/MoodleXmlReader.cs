using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Moodle XML (<c>&lt;quiz&gt;&lt;question type="…"&gt;</c>): multichoice and truefalse become mcq, shortanswer and essay
/// theory; a category question sets the facet of those after it; other types are reported, never skipped. Texts are
/// kept as written (HTML stays HTML). The id is <c>&lt;idnumber&gt;</c> when present.
/// </summary>
public static class MoodleXmlReader
{
    public const string ExtraElement = "adaptive_extra";
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static IReadOnlyList<SourceItem> Read(string text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Safe);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BankSyntaxException($"invalid XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message.Split(" Line ")[0]}");
        }
        if (document.Root?.Name.LocalName != "quiz")
            throw new BankSyntaxException("the root element must be <quiz>");

        var items = new List<SourceItem>();
        string? category = null;
        foreach (var question in document.Root.Elements("question"))
        {
            var type = (string?)question.Attribute("type") ?? "";
            if (type == "category")
            {
                category = Text(question.Element("category")) is { } c ? CategoryPath.WithoutMoodleContext(c) : null;
                continue;
            }
            var item = new SourceItem(items.Count) { Category = category };
            items.Add(item);
            item.Set(ImportFields.Id, NonEmpty(question.Element("idnumber")?.Value));
            item.Set(ImportFields.Question, Text(question.Element("questiontext")));
            var tags = question.Element("tags")?.Elements("tag").Select(Text).OfType<string>().ToList();
            if (tags is { Count: > 0 }) item.Fields[ImportFields.Tags] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
            Typed(type, question, item);
            if (question.Element(ExtraElement)?.Value is { } extra)
                BankExtras.Apply(item, extra);
        }
        return items;
    }

    private static void Typed(string type, XElement question, SourceItem item)
    {
        var general = Text(question.Element("generalfeedback"));
        var answers = question.Elements("answer").Select(a => (Text: Text(a) ?? "", Fraction: Fraction(a), Feedback: Text(a.Element("feedback")))).ToList();
        switch (type)
        {
            case "multichoice" or "truefalse":
                item.Set(ImportFields.Type, "mcq");
                item.Set(ImportFields.Explanation, general);
                Choices(type == "truefalse" ? answers.Select(a => (TrueFalse(a.Text), a.Fraction, a.Feedback)).ToList() : answers, item);
                break;
            case "shortanswer":
                item.Set(ImportFields.Type, "theory");
                item.Set(ImportFields.Explanation, general);
                var accepted = answers.Where(a => a.Fraction > 0).OrderByDescending(a => a.Fraction).Select(a => a.Text).ToList();
                item.Set(ImportFields.ModelAnswer, accepted.FirstOrDefault());
                item.Fields[ImportFields.RubricKeywords] = new JsonArray(accepted.Select(a => (JsonNode)a).ToArray());
                break;
            case "essay":
                item.Set(ImportFields.Type, "theory");
                item.Set(ImportFields.Explanation, general);
                // Moodle's information for graders is what an answer is compared against: our model answer.
                item.Set(ImportFields.ModelAnswer, Text(question.Element("graderinfo")));
                break;
            default:
                item.Problem(ImportFields.Type, $"Moodle question type '{type}' cannot be mapped (multichoice, truefalse, shortanswer and essay can)");
                break;
        }
    }

    private static void Choices(List<(string Text, decimal Fraction, string? Feedback)> answers, SourceItem item)
    {
        var options = new JsonObject();
        var explanations = new JsonObject();
        var correct = new JsonArray();
        for (var i = 0; i < answers.Count; i++)
        {
            var key = OptionKeys.At(i);
            options[key] = answers[i].Text;
            if (answers[i].Feedback is { } feedback) explanations[key] = feedback;
            if (answers[i].Fraction > 0) correct.Add(key);
        }
        item.Fields[ImportFields.Options] = options;
        if (explanations.Count > 0) item.Fields[ImportFields.OptionExplanations] = explanations;
        if (correct.Count > 0) item.Fields[ImportFields.CorrectAnswer] = correct.Count == 1 ? correct[0]!.DeepClone() : correct;
        if (answers.Where(a => a.Fraction > 0).Select(a => a.Fraction).Distinct().Count() > 1)
            item.Warnings.Add((ImportFields.CorrectAnswer, "partial-credit fractions are not kept: every answer with a positive fraction counts as correct"));
    }

    private static string TrueFalse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" => "True",
        "false" => "False",
        var other => other,
    };

    private static decimal Fraction(XElement answer) =>
        decimal.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : 0;

    /// <summary>The element's <c>&lt;text&gt;</c> child, trimmed: Moodle indents it; null when absent or empty.</summary>
    private static string? Text(XElement? element) => NonEmpty(element?.Element("text")?.Value);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
