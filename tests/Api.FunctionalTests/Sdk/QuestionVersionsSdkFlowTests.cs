using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class QuestionVersionsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnEditorListsReadsComparesAndRestoresVersionsWithTheETagTheyRead()
    {
        var admin = NewAdmin();
        var draft = await SdkContent.DraftMcqAsync(admin, "Which shape warns?");
        await admin.Questions.UpdateQuestionAsync(draft.Id, new UpdateQuestionRequest { Text = "Which shape warns of danger?", CorrectKeys = ["b"] });
        var read = await admin.GetQuestionIfChangedAsync(draft.Id, etag: null);
        await admin.Questions.UpdateQuestionAsync(draft.Id, new UpdateQuestionRequest { Explanation = "Changed by someone else meanwhile." });

        var versions = await admin.Questions.ListQuestionVersionsAsync(draft.Id, limit: 10);
        var first = await admin.Questions.GetQuestionVersionAsync(draft.Id, 1);
        var diff = await admin.Questions.GetQuestionVersionDiffAsync(draft.Id, 2, against: 1);
        var stale = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            admin.Questions.RestoreQuestionVersionAsync(draft.Id, 1, read.ETag));
        var current = await admin.GetQuestionIfChangedAsync(draft.Id, etag: null);
        var restored = await admin.Questions.RestoreQuestionVersionAsync(draft.Id, 1, current.ETag);
        var missing = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Questions.GetQuestionVersionAsync(draft.Id, 99));

        Assert.Multiple(() =>
        {
            Assert.That(versions.Items.Select(v => v.Version), Is.EqualTo(new[] { 3, 2, 1 }));
            Assert.That(versions.Items[0].ChangedFields, Is.EqualTo(new[] { "explanation" }));
            Assert.That((first.Content.Text, first.Content.CorrectKeys.Single()), Is.EqualTo(("Which shape warns?", "a")));
            Assert.That(diff.ChangedFields, Is.EqualTo(new[] { "text", "correctKeys" }));
            Assert.That((stale!.Status, stale.Code), Is.EqualTo((HttpStatusCode.PreconditionFailed, ErrorCodes.PreconditionFailed)));
            Assert.That((restored.Version, restored.Text, restored.Explanation), Is.EqualTo((4, "Which shape warns?", "Because the book says so.")));
            Assert.That((missing!.Status, missing.Code), Is.EqualTo((HttpStatusCode.NotFound, ErrorCodes.VersionNotFound)));
        });
    }
}
