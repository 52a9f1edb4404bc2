using System.Text;
using System.Text.Json;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>The format contract without a database: hashes match the API's, and writing then reading loses nothing.</summary>
public sealed class ImportFormatTests
{
    private static readonly QuestionContent Everything = new()
    {
        Type = QuestionType.Scenario,
        Scenario = "Fog on the motorway — “visibility” under 100 m.\nTabs\there.",
        Text = "What do you do?",
        Options = [new("A", "Use fog lights", "Yes: below 100 m."), new("B", "Tailgate", null)],
        CorrectKeys = ["A"],
        ModelAnswer = "Slow down.",
        RubricKeywords = ["fog"],
        Explanation = "Back\\slash and ünïcode.",
        Difficulty = 4,
        EstimatedTimeSeconds = 90,
        Tags = ["weather", "motorway"],
        Metadata = JsonDocument.Parse("""{"page": 3, "nested": {"a": [1, 2]}}""").RootElement,
        Media = ["https://example.org/fog.png"],
        Source = "fixture",
    };

    [Test]
    public void StoredHashIsTheOneTheApiComputes()
    {
        var imported = new ImportedQuestion("x", 0, Everything);

        Assert.That(imported.ContentHash, Is.EqualTo(Everything.Hash()));
        Assert.That(imported.ContentJson, Is.EqualTo(Everything.ToJson()));
    }

    [Test]
    public void WritingAQuestionAndReadingItBackGivesTheSameContent()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            QuestionItemWriter.Write(writer, "fx-all", Everything);
            writer.WriteEndArray();
        }
        var file = ImportFile.FromBytes("t__s__l__f.json", buffer.ToArray());

        var parsed = QuestionFileParser.Parse(file, buffer.ToArray());

        Assert.That(parsed.Problems, Is.Empty, Encoding.UTF8.GetString(buffer.ToArray()));
        Assert.That(parsed.Questions.Single().ContentHash, Is.EqualTo(Everything.Hash()));
    }
}
