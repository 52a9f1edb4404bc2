using System.IO.Compression;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ExportsSdkFlowTests : SdkTestBase
{
    private const string File = """
        [{"id": "sdk-exp-1", "type": "mcq", "question": "Which way does a compass needle point?",
          "options": {"A": "North", "B": "West"}, "correct_answer": "A"}]
        """;

    private static readonly JobPolling Fast = new() { Interval = TimeSpan.FromMilliseconds(100) };

    [Test]
    public async Task AnExportIsDownloadedAndImportsBackUnchanged()
    {
        var admin = NewAdmin();
        var imported = await ImportAsync(admin, new UploadedImportFile { Name = "outdoors__navigation__compass__basics.json", Content = File });

        var job = await admin.Exports.StartExportAsync(new StartExportRequest { Node = "outdoors__navigation" });
        using var zip = new MemoryStream();
        var done = await admin.Exports.DownloadWhenReadyAsync(job.Id, zip, Fast);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var files = archive.Entries.Select(e => new UploadedImportFile { Name = e.FullName, Content = new StreamReader(e.Open()).ReadToEnd() }).ToArray();
        var again = await ImportAsync(admin, files);

        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(ExportJobStatus.Succeeded), done.Error);
            Assert.That(done.Questions, Is.EqualTo(1));
            Assert.That(files.Select(f => f.Name), Is.EquivalentTo(new[] { "_hierarchy.json", "outdoors__navigation__compass__basics.json" }));
            Assert.That(again.Report!.Total.Created + again.Report.Total.Updated + again.Report.Total.Moved, Is.Zero);
            Assert.That(again.Report.Total.Unchanged, Is.EqualTo(imported.Report!.Total.Created));
        });
    }

    [Test]
    public async Task ImportsAreListedWithAwaitForeachAndAFinishedOneCannotBeCancelled()
    {
        var admin = NewAdmin();
        var first = await ImportAsync(admin, new UploadedImportFile { Name = "outdoors__navigation__compass__basics.json", Content = File });
        var second = await ImportAsync(admin, new UploadedImportFile { Name = "outdoors__navigation__compass__basics.json", Content = File });

        var listed = new List<Guid>();
        await foreach (var job in admin.Imports.ListAllAsync(new ImportFilter { State = ImportJobStatus.Succeeded, PageSize = 1 }))
            listed.Add(job.Id);
        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Imports.CancelImportAsync(first.Id));
        var notReady = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Exports.GetExportFileAsync(Guid.NewGuid()));

        Assert.That(listed, Is.EqualTo(new[] { second.Id, first.Id }));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ImportFinished));
        Assert.That(notReady!.Code, Is.EqualTo(ErrorCodes.NotFound));
    }

    private static async Task<ImportJobView> ImportAsync(AdaptiveLearningClient client, params UploadedImportFile[] files)
    {
        var job = await client.Imports.StartImportAsync(new StartImportRequest { Files = [.. files], Publish = true });
        var done = await client.Imports.WaitForCompletionAsync(job.Id, Fast);
        Assert.That(done.Status, Is.EqualTo(ImportJobStatus.Succeeded), done.Error);
        return done;
    }
}
