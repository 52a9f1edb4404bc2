using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ConditionalRequests;
using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

/// <summary>Issue #15's "a PATCH can silently overwrite a colleague's edit": writes honour If-Match with GET's ETag.</summary>
public sealed class IfMatchTests : TestBase
{
    [Test]
    public async Task AStaleEditIsRefusedWith412AndWritesNothing()
    {
        var (ann, _) = await WithRoleAsync("ann", "author");
        var (bob, _) = await WithRoleAsync("bob", "author");
        var id = await QuestionAsync(ann, "Original text", submit: false);
        var annRead = await ReadAsync(ann, id);
        var bobRead = await ReadAsync(bob, id);

        var annEdit = await SendAsync(ann, HttpMethod.Patch, UpdateQuestionRequest.For(id), annRead.ETag, new { text = "Ann's text" });
        var bobEdit = await SendAsync(bob, HttpMethod.Patch, UpdateQuestionRequest.For(id), bobRead.ETag, new { text = "Bob's text" });
        var now = await ReadAsync(bob, id);
        var bobRetry = await SendAsync(bob, HttpMethod.Patch, UpdateQuestionRequest.For(id), now.ETag, new { text = "Bob's text, having read Ann's" });
        var unconditional = await ann.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { text = "No If-Match: as before" });

        Assert.That(annEdit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await bobEdit.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Multiple(() =>
        {
            Assert.That(annRead.ETag, Is.EqualTo(bobRead.ETag), "every staff member is given the same ETag");
            Assert.That((now.Question.Text, now.Question.Version), Is.EqualTo(("Ann's text", 2)), "the stale edit wrote nothing");
            Assert.That(bobRetry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unconditional.Version, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task AStaleApprovalIsRefusedWith412AndTheHistoryStaysAsItWas()
    {
        var (author, _) = await WithRoleAsync("ann", "author");
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer");
        var id = await QuestionAsync(author, "Reviewed as read");
        var reviewed = await ReadAsync(reviewer, id);
        await author.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { explanation = "Changed while the reviewer read it" });

        var stale = await SendAsync(reviewer, HttpMethod.Post, For(ApproveQuestionEndpoint.Route, id), reviewed.ETag);
        var staleReject = await SendAsync(reviewer, HttpMethod.Post, For(RejectQuestionEndpoint.Route, id), reviewed.ETag, new { reason = "No" });
        var after = await ReadAsync(reviewer, id);
        var history = await reviewer.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id));
        var current = await SendAsync(reviewer, HttpMethod.Post, For(ApproveQuestionEndpoint.Route, id), after.ETag);
        var anyVersion = await SendAsync(await Api.AdminAsync(), HttpMethod.Post, For(ArchiveQuestionEndpoint.Route, id), "*");

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        await staleReject.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Multiple(() =>
        {
            Assert.That(after.Question.Status, Is.EqualTo(QuestionStatus.InReview));
            Assert.That(history.Items.Select(h => h.To), Is.EqualTo(new[] { QuestionStatus.InReview }));
            Assert.That(current.StatusCode, Is.EqualTo(HttpStatusCode.OK), "approving what is current works");
            Assert.That(anyVersion.StatusCode, Is.EqualTo(HttpStatusCode.OK), "If-Match: * accepts whatever is current");
        });
    }
}
