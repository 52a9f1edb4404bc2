using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

public sealed class ImportValidationTests : ImportTestBase
{
    [Test]
    public async Task BrokenFilesAreReportedPreciselyWhileValidFilesInTheSameRunAreImported()
    {
        var report = await Importer.ImportAsync(Importer.Fixture("mixed"));

        Assert.Multiple(() =>
        {
            AssertProblem(report, "not-a-facet.json", null, null, null, "file name must be <topic>__<subtopic>__<leaf>__<facet>.json");
            AssertProblem(report, "quiz__b-broken__json__syntax.json", null, null, null, "invalid JSON at line 5, column 5");
            AssertProblem(report, "quiz__b-broken__fields__types.json", 0, "fx-no-question", "question", "is required");
            AssertProblem(report, "quiz__b-broken__fields__types.json", 1, "fx-wrong-difficulty", "difficulty", "must be a whole number");
            AssertProblem(report, "quiz__b-broken__answers__missing-key.json", 0, "fx-bad-answer", "correct_answer", "'E' is not among the options");
            AssertProblem(report, "quiz__b-broken__ids__duplicate.json", 1, "fx-dup-inside", "id", "duplicate id within the run");
            AssertProblem(report, "quiz__b-broken__ids__duplicate.json", 2, "fx-mcq-single", "id", "duplicate id within the run");
            AssertProblem(report, "quiz__b-broken__text__oversized.json", 0, "fx-oversized", "question", "longer than 10000 characters");
            Assert.That(report.Problems, Has.Count.EqualTo(8), string.Join("\n", report.Problems));
            Assert.That(report.Total, Is.EqualTo(new ImportCounts(Created: 4, Invalid: 8)));
            Assert.That(report.Succeeded, Is.False, "an import with problems must not exit 0");
            Assert.That(report.Files.Where(f => f.Rejected).Select(f => Path.GetFileName(f.File)), Is.EquivalentTo(new[]
            {
                "not-a-facet.json", "quiz__b-broken__json__syntax.json", "quiz__b-broken__fields__types.json",
                "quiz__b-broken__answers__missing-key.json", "quiz__b-broken__ids__duplicate.json", "quiz__b-broken__text__oversized.json",
            }));
        });
        var stored = await Importer.ScalarAsync<string>("SELECT GROUP_CONCAT(external_id ORDER BY external_id) FROM questions");
        Assert.That(stored, Is.EqualTo("fx-mcq-multi,fx-mcq-single,fx-scenario,fx-theory"), "nothing from a rejected file is written, not even its valid items");
    }

    [Test]
    public async Task HierarchyFileNamesTheNodesAndFileNamesCreateTheRest()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));

        Assert.Multiple(async () =>
        {
            Assert.That(await Importer.ScalarAsync<string>("SELECT name FROM hierarchy_nodes WHERE path = 'quiz'"), Is.EqualTo("Quiz"));
            Assert.That(await Importer.ScalarAsync<string>("SELECT description FROM hierarchy_nodes WHERE path = 'quiz'"), Is.EqualTo("Fixture topic"));
            Assert.That(await Importer.ScalarAsync<string>("SELECT name FROM hierarchy_nodes WHERE path = 'quiz__a-valid__basics__set-02'"), Is.EqualTo("set-02"));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM hierarchy_nodes WHERE path LIKE 'quiz\\_\\_b-broken%'"), Is.Zero,
                "rejected files create no nodes");
        });
    }

    [Test]
    public async Task BlankDistractorIsLeftOutWithAWarning()
    {
        var dir = Importer.TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir, "quiz__w__blank__set-01.json"), """
            [{ "id": "fx-blank", "type": "mcq", "question": "Q?", "options": { "A": "", "B": "yes", "C": "no" }, "correct_answer": "B" }]
            """);

        var report = await Importer.ImportAsync(dir);

        Assert.That(report.Total.Created, Is.EqualTo(1));
        Assert.That(report.Warnings.Single().Field, Is.EqualTo("options.A"));
        Assert.That(await Importer.ScalarAsync<string>("SELECT JSON_LENGTH(content, '$.options') FROM questions"), Is.EqualTo("2"));
    }

    private static void AssertProblem(ImportReport report, string file, int? index, string? id, string? field, string reason) =>
        Assert.That(report.Problems.Any(p => Path.GetFileName(p.File) == file && p.Index == index && p.ExternalId == id
                                             && p.Field == field && p.Reason.Contains(reason)),
            Is.True, $"expected {file} [{index}] {id} {field}: {reason}\nin\n{string.Join("\n", report.Problems)}");
}
