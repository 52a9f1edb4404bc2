using System.Text.Json;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

public sealed class KillAndRerunTests : ImportTestBase
{
    private const int BankSize = 60_000;

    [Test]
    public async Task KillingTheImportMidRunAndRunningItAgainCompletesWithoutDuplicates()
    {
        var bank = Importer.TempDirectory();
        var generated = await ImportTool.RunAsync("--generate", bank, "--size", BankSize.ToString());
        Assert.That(generated.ExitCode, Is.Zero, generated.Output);

        using (var first = ImportTool.Start(bank, "--quiet"))
        {
            await WaitUntilAsync(async () => await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions") > 0 || first.HasExited);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var committed = await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions");
        Assert.That(committed, Is.InRange(1, BankSize - 1), "the first run must be killed after it started writing and before it finished");

        var reportFile = Path.Combine(bank, "..", Path.GetFileName(bank) + "-report.json");
        var rerun = await ImportTool.RunAsync(bank, "--quiet", "--report", reportFile);
        var total = JsonDocument.Parse(await File.ReadAllTextAsync(reportFile)).RootElement.GetProperty("total");

        Assert.Multiple(async () =>
        {
            Assert.That(rerun.ExitCode, Is.Zero, rerun.Output);
            Assert.That(total.GetProperty("created").GetInt32(), Is.EqualTo(BankSize - committed));
            Assert.That(total.GetProperty("unchanged").GetInt32(), Is.EqualTo(committed));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM questions"), Is.EqualTo(BankSize));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(DISTINCT external_id) FROM questions"), Is.EqualTo(BankSize));
            Assert.That(await Importer.ScalarAsync<long>("SELECT COUNT(*) FROM question_versions"), Is.EqualTo(BankSize));
        });
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail("the import never committed a batch");
            await Task.Delay(20);
        }
    }
}
