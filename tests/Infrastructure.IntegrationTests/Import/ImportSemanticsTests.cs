using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

public sealed class ImportSemanticsTests : ImportTestBase
{
    [Test]
    public async Task ReimportingTheSameFilesChangesNothingAndSaysSo()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var updatedAt = await Importer.ScalarAsync<DateTime>("SELECT MAX(updated_at) FROM questions");

        var again = await Importer.ImportAsync(Importer.Fixture("mixed"));

        Assert.Multiple(async () =>
        {
            Assert.That(again.Total with { Invalid = 0 }, Is.EqualTo(new ImportCounts(Unchanged: 4)));
            Assert.That(again.ChangedNothing, Is.True);
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM question_versions"), Is.EqualTo(4));
            Assert.That(await Importer.ScalarAsync<DateTime>("SELECT MAX(updated_at) FROM questions"), Is.EqualTo(updatedAt));
        });
    }

    [Test]
    public async Task ChangedContentBecomesANewVersionOfTheSameQuestion()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var id = await Importer.ScalarAsync<long>("SELECT id FROM questions WHERE external_id = 'fx-mcq-single'");

        var report = await Importer.ImportAsync(Importer.Fixture("valid-v2"));

        Assert.Multiple(async () =>
        {
            Assert.That(report.Total, Is.EqualTo(new ImportCounts(Updated: 1, Unchanged: 1, Moved: 1)));
            Assert.That(await Importer.ScalarAsync<long>("SELECT id FROM questions WHERE external_id = 'fx-mcq-single'"), Is.EqualTo(id));
            Assert.That(await Importer.ScalarAsync<int>("SELECT version FROM questions WHERE id = @id", new { id }), Is.EqualTo(2));
            Assert.That(await Importer.ScalarAsync<string>("SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.explanation')) FROM question_versions WHERE question_id = @id AND version = 1", new { id }),
                Is.EqualTo("Red means stop."), "the old version stays readable");
            Assert.That(await Importer.ScalarAsync<string>("SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.explanation')) FROM questions WHERE id = @id", new { id }),
                Is.EqualTo("Red means stop, always."));
        });
    }

    [Test]
    public async Task QuestionInAnotherFacetFileIsMovedAndReported()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));

        var report = await Importer.ImportAsync(Importer.Fixture("valid-v2"));

        var move = report.Moves.Single();
        Assert.Multiple(async () =>
        {
            Assert.That(move, Is.EqualTo(new MovedQuestion("fx-theory", "quiz__a-valid__basics__set-01", "quiz__a-valid__basics__set-03")));
            Assert.That(await Importer.ScalarAsync<string>(
                "SELECT h.path FROM questions q JOIN hierarchy_nodes h ON h.id = q.facet_id WHERE q.external_id = 'fx-theory'"),
                Is.EqualTo("quiz__a-valid__basics__set-03"));
            Assert.That(await Importer.ScalarAsync<int>("SELECT version FROM questions WHERE external_id = 'fx-theory'"), Is.EqualTo(1),
                "a move without a content change is not a new version");
        });
    }

    [Test]
    public async Task NewQuestionsAreDraftsUntilAnImportPublishesThem()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var drafts = await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions WHERE status = 'draft'");

        var published = await Importer.ImportAsync(Importer.Fixture("mixed"), new ImportOptions(Publish: true));
        var again = await Importer.ImportAsync(Importer.Fixture("mixed"), new ImportOptions(Publish: true));

        Assert.Multiple(async () =>
        {
            Assert.That(drafts, Is.EqualTo(4));
            Assert.That(published.Published, Is.EqualTo(4));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions WHERE status = 'published'"), Is.EqualTo(4));
            Assert.That(again.Published, Is.Zero);
            Assert.That(again.ChangedNothing, Is.True);
        });
    }

    [Test]
    public async Task DryRunReportsWhatWouldHappenAndWritesNothing()
    {
        var report = await Importer.ImportAsync(Importer.Fixture("mixed"), new ImportOptions(DryRun: true));

        Assert.That(report.Total.Created, Is.EqualTo(4));
        Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions"), Is.Zero);
        Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM hierarchy_nodes"), Is.Zero);
    }

    [Test]
    public async Task ExportThenReimportChangesNothing()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        await Importer.ImportAsync(Importer.Fixture("valid-v2"));
        var dir = Importer.TempDirectory();

        var exported = await Importer.ExportAsync(dir);
        var report = await Importer.ImportAsync(dir);

        Assert.Multiple(() =>
        {
            Assert.That(exported.Questions, Is.EqualTo(4));
            Assert.That(report.Total, Is.EqualTo(new ImportCounts(Unchanged: 4)), string.Join("\n", report.Problems));
            Assert.That(report.ChangedNothing, Is.True);
        });
    }

    [Test]
    public async Task ExportOfOneNodeWritesOnlyItsFacets()
    {
        await Importer.ImportAsync(Importer.Fixture("mixed"));
        var dir = Importer.TempDirectory();

        await Importer.ExportAsync(dir, "quiz__a-valid__basics__set-02");

        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "_hierarchy.json", "quiz__a-valid__basics__set-02.json" }));
    }
}
