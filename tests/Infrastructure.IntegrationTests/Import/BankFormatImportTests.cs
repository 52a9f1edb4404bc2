using System.Text.Json;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Imports;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>Every format through the one import pipeline: the same counts, the same no-op re-runs, the same whole-file rejection.</summary>
public sealed class BankFormatImportTests : ImportTestBase
{
    private const int FixtureQuestions = 3 + 9 + 4 + 3 + 5 + 3;

    [Test]
    public async Task EachFormatFixtureImportsAndAReRunChangesNothing()
    {
        var first = await Importer.ImportAsync(Importer.Fixture("formats"));
        var again = await Importer.ImportAsync(Importer.Fixture("formats"));

        Assert.Multiple(async () =>
        {
            Assert.That(first.Problems, Is.Empty, string.Join("\n", first.Problems));
            Assert.That(first.Total, Is.EqualTo(new ImportCounts(Created: FixtureQuestions)));
            Assert.That(again.ChangedNothing, Is.True, string.Join("\n", again.Files));
            Assert.That(again.Total, Is.EqualTo(new ImportCounts(Unchanged: FixtureQuestions)));
            Assert.That(await Importer.ScalarAsync<string>(
                "SELECT h.path FROM questions q JOIN hierarchy_nodes h ON h.id = q.facet_id WHERE q.external_id = 'moodle-ocean'"),
                Is.EqualTo("quiz__formats__moodle-xml__set-two"), "a Moodle category is the facet");
        });
    }

    [Test]
    public async Task AnExplicitFormatReadsAFileWhateverItsExtension()
    {
        var dir = Importer.TempDirectory();
        File.Copy(Path.Combine(Importer.Fixture("formats"), "quiz__formats__aiken__basics.aiken"), Path.Combine(dir, "quiz__formats__aiken__basics.txt"));

        var report = await Importer.ImportAsync(ImportFileSource.Collect([dir], BankFormat.Aiken));

        Assert.That(report.Total, Is.EqualTo(new ImportCounts(Created: 3)), string.Join("\n", report.Problems));
    }

    [Test]
    public async Task UnmappableItemsAreReportedOneByOneAndTheirFilesWriteNothing()
    {
        var report = await Importer.ImportAsync(Importer.Fixture("formats-broken"));

        Assert.Multiple(async () =>
        {
            AssertProblem(report, "quiz__broken__gift__unmappable.gift", 1, "broken-numerical", "type", "numerical question cannot be mapped");
            AssertProblem(report, "quiz__broken__gift__unmappable.gift", 2, "broken-matching", "type", "matching question cannot be mapped");
            AssertProblem(report, "quiz__broken__gift__unmappable.gift", 3, "broken-open", null, "never closed");
            AssertProblem(report, "quiz__broken__aiken__no-answer.aiken", 1, null, "correct_answer", "no ANSWER line after the options");
            AssertProblem(report, "quiz__broken__aiken__no-answer.aiken", 2, null, "correct_answer", "'C' is not among the options");
            AssertProblem(report, "quiz__broken__csv__unclosed.csv", null, null, null, "quoted field opened on line 2 is never closed");
            AssertProblem(report, "quiz__broken__csv__columns.csv", null, null, null, "column 'answer' is not one of");
            AssertProblem(report, "moodle-matching.xml", 1, "broken-moodle-matching", "type", "'matching' cannot be mapped");
            AssertProblem(report, "cloze.apkg", 1, "anki-clozeNote9", "question", "cloze note cannot be mapped");
            Assert.That(report.Problems, Has.Count.EqualTo(9), string.Join("\n", report.Problems));
            Assert.That(report.Files.Select(f => f.Rejected), Is.All.True);
            Assert.That(report.Total.Invalid, Is.EqualTo(3 + 2 + 1 + 1 + 1 + 1));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions"), Is.Zero,
                "the valid questions of a rejected file are not written either");
        });
    }

    [TestCase(BankFormat.Csv)]
    [TestCase(BankFormat.Tsv)]
    [TestCase(BankFormat.Gift)]
    [TestCase(BankFormat.MoodleXml)]
    public async Task AnExportInAFormatReimportsWithoutChangingAnything(BankFormat format)
    {
        await Importer.ImportAsync(Importer.Fixture("formats"));
        var awkward = await Importer.ImportAsync([ImportFile.FromBytes("quiz__formats__json__awkward.json", AwkwardQuestions())]);
        Assert.That(awkward.Total.Created, Is.EqualTo(Awkward.Length), string.Join("\n", awkward.Problems));
        var dir = Importer.TempDirectory();

        var summary = await Importer.ExportAsync(dir, null, format);
        var again = await Importer.ImportAsync(dir);

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(dir).Where(f => !f.EndsWith(ImportFile.HierarchyFileName, StringComparison.Ordinal)),
                Has.All.EndWith(BankFormats.ExtensionOf(format)));
            Assert.That(again.Problems, Is.Empty, string.Join("\n", again.Problems));
            Assert.That(again.Total, Is.EqualTo(new ImportCounts(Unchanged: summary.Questions)),
                string.Join("\n", again.Files.Where(f => f.Counts.Updated > 0).Select(f => f.File)));
            Assert.That(summary.Questions, Is.EqualTo(FixtureQuestions + Awkward.Length));
        });
    }

    /// <summary>Content no format expresses natively: odd keys, surrounding spaces, markup and escape characters, every optional field.</summary>
    private static readonly QuestionContent[] Awkward =
    [
        new()
        {
            Type = QuestionType.Scenario, Scenario = "Fog — “visibility” < 100 m & falling.\r\nTabs\there.", Text = "  What do you do?  ",
            Options = [new("x1", "Use fog lights ]]> -- now", "Yes: below 100 m."), new("B", "{Tailgate} ~ = # : -> x", null), new("Z", "%50% off", null)],
            CorrectKeys = ["x1"], ModelAnswer = "Slow down.", RubricKeywords = ["fog", "a|b"], Explanation = "Back\\slash, \\n and ünïcode.",
            Difficulty = 4, EstimatedTimeSeconds = 90, Tags = ["weather", "two words"],
            Metadata = JsonDocument.Parse("""{"page": 3, "nested": {"a": [1, "é"]}}""").RootElement,
            Media = ["https://example.org/fog.png"], Source = "fixture",
        },
        new() { Type = QuestionType.Theory, Text = "// not a comment\n$CATEGORY: not a category", ModelAnswer = "[html]kept", Difficulty = 1 },
        new()
        {
            Type = QuestionType.Mcq, Text = "True or false: GIFT reads {T} as true.",
            Options = [new("A", "True", "right"), new("B", "False", "wrong")], CorrectKeys = ["A"],
        },
        new()
        {
            Type = QuestionType.Mcq, Text = "Several right", Options = [new("A", "one", null), new("B", "two", null), new("C", "three", null)],
            CorrectKeys = ["C", "A"], Explanation = "Order of keys matters to the hash.",
        },
    ];

    private static byte[] AwkwardQuestions()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < Awkward.Length; i++)
                QuestionItemWriter.Write(writer, $"awkward-{i}", Awkward[i]);
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }

    private static void AssertProblem(ImportReport report, string file, int? index, string? id, string? field, string reason) =>
        Assert.That(report.Problems.Any(p => Path.GetFileName(p.File) == file && p.Index == index && (id is null || p.ExternalId == id)
                                             && p.Field == field && p.Reason.Contains(reason, StringComparison.Ordinal)),
            $"expected {file} [{index}] {id} {field}: {reason}\nin\n{string.Join("\n", report.Problems)}");
}
