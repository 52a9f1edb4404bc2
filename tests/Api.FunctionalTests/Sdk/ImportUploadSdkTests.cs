using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>An author's tool uploads question files from disk as multipart/form-data.</summary>
public sealed class ImportUploadSdkTests : SdkTestBase
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("sdk-upload-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task FilesFromDiskAreImportedAndPublished()
    {
        var first = Path.Combine(_folder, "outdoors__navigation__maps__scales.json");
        var second = Path.Combine(_folder, "outdoors__navigation__maps__symbols.json");
        await File.WriteAllTextAsync(first, """
            [{"id": "up-1", "type": "mcq", "question": "1:25000 means?", "options": {"A": "1 cm is 250 m", "B": "1 cm is 25 km"}, "correct_answer": "A", "difficulty": 2}]
            """);
        await File.WriteAllTextAsync(second, """
            [{"id": "up-2", "type": "mcq", "question": "A blue line is?", "options": {"A": "A road", "B": "A stream"}, "correct_answer": "B", "difficulty": 1}]
            """);
        var admin = NewAdmin();

        var job = await admin.StartImportFromFilesAsync([first, second], publish: true);
        var finished = await admin.Imports.WaitForCompletionAsync(job.Id, new JobPolling { Interval = TimeSpan.FromMilliseconds(50) });
        var node = await admin.Hierarchy.GetHierarchyNodeAsync("outdoors__navigation__maps");

        Assert.That(job.FileCount, Is.EqualTo(2));
        Assert.That(finished.Report!.Total.Created, Is.EqualTo(2), finished.Error);
        Assert.That(node.PublishedQuestions, Is.EqualTo(2));
    }

    [Test]
    public async Task AnAnkiPackageAndAnAikenFileFromDiskAreImported()
    {
        var fixtures = Path.Combine(RepositoryFiles.Root, "tests", "Infrastructure.IntegrationTests", "Import", "Fixtures", "formats");
        var aiken = Path.Combine(_folder, "quiz__formats__aiken__basics.txt");
        File.Copy(Path.Combine(fixtures, "quiz__formats__aiken__basics.aiken"), aiken);
        var admin = NewAdmin();

        var package = await admin.StartImportFromFilesAsync([Path.Combine(fixtures, "japanese.apkg")]);
        var text = await admin.StartImportFromFilesAsync([aiken], format: "aiken");
        var polling = new JobPolling { Interval = TimeSpan.FromMilliseconds(50) };
        var fromPackage = await admin.Imports.WaitForCompletionAsync(package.Id, polling);
        var fromText = await admin.Imports.WaitForCompletionAsync(text.Id, polling);
        var deck = await admin.Hierarchy.GetHierarchyNodeAsync("languages__japanese__vocabulary__basics");

        Assert.That(fromPackage.Report!.Total.Created, Is.EqualTo(3), fromPackage.Error);
        Assert.That(fromText.Report!.Total.Created, Is.EqualTo(3), fromText.Error);
        Assert.That(deck.Path, Is.EqualTo("languages__japanese__vocabulary__basics"), "the deck is the hierarchy path");
    }

    [Test]
    public async Task ALearnerUploadIsForbidden()
    {
        var path = Path.Combine(_folder, "a__b__c__d.json");
        await File.WriteAllTextAsync(path, "[]");
        var learner = await NewLearnerAsync("upa");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.StartImportFromFilesAsync([path]));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.Forbidden));
    }
}
