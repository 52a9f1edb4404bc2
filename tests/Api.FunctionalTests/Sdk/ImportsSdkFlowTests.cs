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
        var finished = await PollAsync(admin, job.Id);
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

    private static async Task<ImportJobView> PollAsync(AdaptiveLearningClient client, Guid id)
    {
        for (var i = 0; i < 100; i++)
        {
            var job = await client.Imports.GetImportAsync(id);
            if (job.Status is not (ImportJobStatus.Queued or ImportJobStatus.Running))
                return job;
            await Task.Delay(100);
        }
        Assert.Fail("the import job did not finish in 10 s");
        return null!;
    }
}
