using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ImportsSdkFlowTests : SdkTestBase
{
    private const string File = """
        [{"id": "sdk-imp-1", "type": "mcq", "question": "Which way is north on a compass?",
          "options": {"A": "Red needle", "B": "White needle"}, "correct_answer": "A", "difficulty": 2}]
        """;

    [Test]
    public async Task AnAuthorUploadsFilesAndPollsTheJobUntilItsReport()
    {
        var admin = NewAdmin();

        var job = await admin.Imports.StartImportAsync(new StartImportRequest
        {
            Files = [new UploadedImportFile { Name = "outdoors__navigation__compass__basics.json", Content = File }],
            Publish = true,
        });
        var finished = await admin.Imports.WaitForCompletionAsync(job.Id, new JobPolling { Interval = TimeSpan.FromMilliseconds(100) });
        var learner = await NewLearnerAsync("hiker");
        var node = await learner.Hierarchy.GetHierarchyNodeAsync("outdoors__navigation__compass__basics");

        Assert.Multiple(() =>
        {
            Assert.That(finished.Status, Is.EqualTo(ImportJobStatus.Succeeded), finished.Error);
            Assert.That(finished.Report!.Total.Created, Is.EqualTo(1));
            Assert.That(node.PublishedQuestions, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task LearnersCannotImport()
    {
        var learner = await NewLearnerAsync("sneaky");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Imports.StartImportAsync(new StartImportRequest
        {
            Files = [new UploadedImportFile { Name = "a__b__c__d.json", Content = File }],
        }));

        Assert.That(error!.Code, Is.EqualTo("forbidden"));
    }
}
