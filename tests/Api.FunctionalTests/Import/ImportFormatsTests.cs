using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AdaptiveLearning.Api.FunctionalTests.Export;
using AdaptiveLearning.Client.Models;

using StartExportRequest = AdaptiveLearning.Api.Features.Exports.StartExport.StartExportRequest;
using StartImportRequest = AdaptiveLearning.Api.Features.Imports.StartImport.StartImportRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Import;

/// <summary>Other bank formats through the API: chosen by extension or explicitly, exported and re-imported as a no-op.</summary>
public sealed class ImportFormatsTests : TestBase
{
    private const string Gift = """
        // Two questions and an escape, as a content team would upload them.
        ::api-gift-1::2 + 2 \= ? {=4#Right. ~3#Count again. ####Four.}

        ::api-gift-2::Water is wet.{T}
        """;

    [Test]
    public async Task AGiftFileNamedTxtIsImportedWhenTheFormatIsGiven()
    {
        var admin = await Api.AdminAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Gift)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } },
            "files", "math__basics__sums__set-01.txt");
        form.Add(new StringContent("gift"), "format");

        var response = await admin.PostAsync(Api.Route(StartImportRequest.Route), form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var job = await PollImportAsync(admin, response.Headers.Location!.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(ImportJobStatus.Succeeded), JsonSerializer.Serialize(job));
            Assert.That(job.Report!.Total.Created, Is.EqualTo(2));
        });
    }

    [TestCase("gift", ".gift")]
    [TestCase("csv", ".csv")]
    [TestCase("moodle_xml", ".xml")]
    public async Task AnExportInAFormatReimportsThroughTheApiWithoutChangingAnything(string format, string extension)
    {
        var admin = await Api.AdminAsync();
        var first = await ImportAsync(admin, new Wire.StartImportRequest { Files = [new() { Name = "math__basics__sums__set-01.gift", Content = Gift }] });
        Assert.That(first.Report!.Total.Created, Is.EqualTo(2), JsonSerializer.Serialize(first));

        var started = await admin.PostJsonAsync(StartExportRequest.Route, new { format });
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var export = await ExportJobTests.PollAsync<ExportJobView>(admin, location, j => j.FinishedAt is not null);
        var files = await ExportJobTests.ZipFilesAsync(await admin.GetAsync(location + "/file"));
        var again = await ImportAsync(admin, new Wire.StartImportRequest { Files = files.Select(f => new UploadedImportFile { Name = f.Key, Content = f.Value }).ToList() });

        Assert.Multiple(() =>
        {
            Assert.That(export.Format, Is.EqualTo(format));
            Assert.That(files.Keys, Is.EquivalentTo(new[] { "_hierarchy.json", "math__basics__sums__set-01" + extension }));
            Assert.That(again.Report!.Total.Unchanged, Is.EqualTo(2), JsonSerializer.Serialize(again));
            Assert.That(again.Report.Total.Created + again.Report.Total.Updated + again.Report.Total.Moved, Is.Zero);
        });
    }

    [Test]
    public async Task AnUnknownFormatIsRefusedAndAikenCannotBeExported()
    {
        var admin = await Api.AdminAsync();

        var import = await admin.PostJsonAsync(StartImportRequest.Route, new { files = new[] { new { name = "a__b__c__d.txt", content = "x" } }, format = "xlsx" });
        var export = await admin.PostJsonAsync(StartExportRequest.Route, new { format = "aiken" });

        await import.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await export.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static async Task<ImportJobView> ImportAsync(HttpClient client, Wire.StartImportRequest request)
    {
        var response = await client.PostJsonAsync(StartImportRequest.Route, request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return await PollImportAsync(client, response.Headers.Location!.ToString());
    }

    private static Task<ImportJobView> PollImportAsync(HttpClient client, string location) =>
        ExportJobTests.PollAsync<ImportJobView>(client, location, j => j.FinishedAt is not null);
}
