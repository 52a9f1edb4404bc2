using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>The acceptance test of the import issue, on the real 44,214-question bank.</summary>
public sealed class OpenTriviaQaImportTests : ImportTestBase
{
    [Test]
    public async Task RealBankIsCreatedOnceAndUnchangedOnTheSecondRun()
    {
        var bank = TestEnvironment.SharedDatasets() is { } datasets ? Path.Combine(datasets, "opentriviaqa") : null;
        if (bank is null || !Directory.Exists(bank))
            Assert.Ignore("shared/datasets/opentriviaqa is not on this machine (set ADAPTIVE_SHARED_DIR)");

        var first = await Importer.ImportAsync(bank);
        var second = await Importer.ImportAsync(bank);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Total, Is.EqualTo(new ImportCounts(Created: 44_214)), string.Join("\n", first.Problems.Take(20)));
            Assert.That(second.Total, Is.EqualTo(new ImportCounts(Unchanged: 44_214)));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(DISTINCT external_id) FROM questions"), Is.EqualTo(44_214));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM question_versions"), Is.EqualTo(44_214));
        });
    }
}
