using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ReviewSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AuthorSubmitsReviewerRejectsThenApprovesWhatTheyReadAndTheHistoryTellsTheStory()
    {
        var admin = NewAdmin();
        var author = await NewStaffAsync(admin, "ann", UpdateUserRequestRole.Author);
        var reviewer = await NewStaffAsync(admin, "rita", UpdateUserRequestRole.Reviewer);
        var draft = await SdkContent.DraftMcqAsync(author, "Which shape warns of danger?");
        await author.Questions.SubmitQuestionAsync(draft.Id);

        var queue = await reviewer.Questions.ListReviewQueueAsync(node: "driving");
        var rejected = await reviewer.Questions.RejectQuestionAsync(draft.Id, new RejectQuestionRequest { Reason = "Name the shape." });
        var read = await author.GetQuestionIfChangedAsync(draft.Id, etag: null);
        var edited = await author.UpdateQuestionIfMatchAsync(draft.Id, new UpdateQuestionRequest { Text = "Which shape, a triangle or a circle, warns?" }, read.ETag!);
        var staleEdit = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            author.UpdateQuestionIfMatchAsync(draft.Id, new UpdateQuestionRequest { Text = "Lost update" }, read.ETag!));
        await author.Questions.SubmitQuestionAsync(draft.Id);
        var reviewed = await reviewer.GetQuestionIfChangedAsync(draft.Id, etag: null);
        var approved = await reviewer.Questions.ApproveQuestionAsync(draft.Id, reviewed.ETag);
        var history = await author.Questions.GetQuestionHistoryAsync(draft.Id, limit: 10);
        var bulk = await admin.Questions.BulkChangeQuestionStatusAsync(new BulkChangeQuestionStatusRequest
        {
            Ids = [draft.Id, 999_999],
            Action = BulkChangeQuestionStatusRequestAction.Archive,
        });

        Assert.Multiple(() =>
        {
            Assert.That(queue.Items.Select(q => q.Id), Is.EqualTo(new[] { draft.Id }));
            Assert.That(rejected.Status, Is.EqualTo(QuestionStatus.Draft));
            Assert.That(edited.Version, Is.EqualTo(2));
            Assert.That(staleEdit!.Status, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(staleEdit.Code, Is.EqualTo(ErrorCodes.PreconditionFailed));
            Assert.That(approved.Status, Is.EqualTo(QuestionStatus.Published));
            Assert.That(history.Items.Select(h => h.To), Is.EqualTo(new[]
            {
                QuestionStatus.InReview, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Published,
            }));
            Assert.That(history.Items[1].Reason, Is.EqualTo("Name the shape."));
            Assert.That(bulk.Results.Select(r => (r.Ok, r.Code)), Is.EqualTo(new[] { (true, (string?)null), (false, ErrorCodes.NotFound) }));
        });
    }

    [Test]
    public async Task TheLastEditorGetsSelfApproval()
    {
        var admin = NewAdmin();
        var draft = await SdkContent.DraftMcqAsync(admin, "The admin's own question");
        await admin.Questions.SubmitQuestionAsync(draft.Id);

        var refused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Questions.ApproveQuestionAsync(draft.Id));

        Assert.That((refused!.Status, refused.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, ErrorCodes.SelfApproval)));
    }

    private async Task<AdaptiveLearningClient> NewStaffAsync(AdaptiveLearningClient admin, string name, UpdateUserRequestRole role)
    {
        await NewLearnerAsync(name);
        var id = await Security.SecurityClients.UserIdAsync(name);
        await Security.SecurityClients.VerifyEmailAsync(name); // staff roles need a verified email (ADR 0013)
        await admin.Admin.UpdateUserAsync(id, new UpdateUserRequest { Role = role });
        return NewClient(name, Password);
    }
}
