using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;
using AdaptiveLearning.Api.Features.Questions.ListReviewQueue;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

/// <summary>Issue #15's author → reviewer → publisher flow, with Content:RequireReview on as a content team would run it.</summary>
public sealed class ReviewWorkflowTests : ReviewRequiredTestBase
{
    [Test]
    public async Task AnAuthorsSubmissionGoesLiveOnlyWhenAReviewerApprovesIt()
    {
        var (author, authorId) = await WithRoleAsync("ann", "author", Reviewed);
        var (reviewer, reviewerId) = await WithRoleAsync("rita", "reviewer", Reviewed);
        var admin = await Api.AdminAsync(Reviewed);
        var learner = await Api.LearnerAsync("leo", Reviewed);
        var id = await QuestionAsync(author, "Who yields at an unmarked junction?");

        var publishedByAdmin = await admin.PostJsonAsync(For(PublishQuestionEndpoint.Route, id));
        var hiddenWhileInReview = await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)));
        var reviewerView = await reviewer.GetAsAsync<Question>(GetQuestionRequest.For(id));
        var approved = await reviewer.PostAsAsync<Question>(For(ApproveQuestionEndpoint.Route, id));
        var learnerView = await learner.GetAsAsync<Question>(GetQuestionRequest.For(id));
        var history = await author.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id));

        await publishedByAdmin.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "review_required");
        await hiddenWhileInReview.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That(reviewerView.CorrectKeys, Is.EqualTo(new[] { "B" }), "a reviewer judges the answer key too");
            Assert.That(approved.Status, Is.EqualTo(QuestionStatus.Published));
            Assert.That(learnerView.Text, Is.EqualTo("Who yields at an unmarked junction?"));
            Assert.That(history.Items.Select(h => (h.From, h.To, h.ActorId)), Is.EqualTo(new[]
            {
                (QuestionStatus.Draft, QuestionStatus.InReview, (Guid?)authorId),
                (QuestionStatus.InReview, QuestionStatus.Published, (Guid?)reviewerId),
            }));
            Assert.That(history.Items.All(h => h.Version == 1 && h.OccurredAt > DateTimeOffset.UtcNow.AddMinutes(-5)), Is.True);
        });
    }

    [Test]
    public async Task TheLastEditorCannotApproveTheirOwnChangeEvenAsAdmin()
    {
        var admin = await Api.AdminAsync();
        var (author, _) = await WithRoleAsync("ann", "author");
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer");
        var byAdmin = await QuestionAsync(admin, "Written and submitted by the admin");
        var byAuthor = await QuestionAsync(author, "Written by ann, then edited by the admin", submit: false);
        await admin.PatchAsAsync<Question>(Features.Questions.UpdateQuestion.UpdateQuestionRequest.For(byAuthor), new { text = "Edited by the admin" });
        await author.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, byAuthor));

        var ownApproval = await admin.PostJsonAsync(For(ApproveQuestionEndpoint.Route, byAdmin));
        var ownEditApproval = await admin.PostJsonAsync(For(ApproveQuestionEndpoint.Route, byAuthor));
        var stillInReview = await admin.GetAsAsync<Question>(GetQuestionRequest.For(byAdmin));
        var history = await admin.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(byAdmin));
        var otherReviewer = await reviewer.PostAsAsync<Question>(For(ApproveQuestionEndpoint.Route, byAdmin));

        await ownApproval.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "self_approval");
        await ownEditApproval.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "self_approval");
        Assert.Multiple(() =>
        {
            Assert.That(stillInReview.Status, Is.EqualTo(QuestionStatus.InReview));
            Assert.That(history.Items.Select(h => h.To), Is.EqualTo(new[] { QuestionStatus.InReview }), "a refused approval leaves no trace");
            Assert.That(otherReviewer.Status, Is.EqualTo(QuestionStatus.Published));
        });
    }

    [Test]
    public async Task ARejectionNeedsAReasonAndSendsTheQuestionBackToDraft()
    {
        var (author, _) = await WithRoleAsync("ann", "author");
        var (reviewer, reviewerId) = await WithRoleAsync("rita", "reviewer");
        var id = await QuestionAsync(author, "Which sign is a triangle?");
        var route = For(RejectQuestionEndpoint.Route, id);

        var missing = await reviewer.PostJsonAsync(route, new { });
        var blank = await reviewer.PostJsonAsync(route, new { reason = "   " });
        var control = await reviewer.PostJsonAsync(route, new { reason = "bad\u0001reason" });
        var tooLong = await reviewer.PostJsonAsync(route, new { reason = new string('x', 1001) });
        var rejected = await reviewer.PostAsAsync<Question>(route, new { reason = "Option C is also right;\nreword it." });
        var again = await reviewer.PostJsonAsync(route, new { reason = "Twice" });
        var history = await author.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id));

        foreach (var response in new[] { missing, blank, control, tooLong })
            Assert.That((await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).FieldErrors(), Does.Contain("reason"));
        await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid_transition");
        Assert.Multiple(() =>
        {
            Assert.That(rejected.Status, Is.EqualTo(QuestionStatus.Draft));
            var last = history.Items[^1];
            Assert.That((last.From, last.To, last.ActorId, last.Reason),
                Is.EqualTo((QuestionStatus.InReview, QuestionStatus.Draft, (Guid?)reviewerId, "Option C is also right;\nreword it.")));
            Assert.That(history.Items, Has.Count.EqualTo(2), "the refused rejections wrote nothing");
        });
    }

    [Test]
    public async Task LearnersAndAuthorsAreForbiddenTheReviewersRoutes()
    {
        var (author, _) = await WithRoleAsync("ann", "author");
        var learner = await Api.LearnerAsync("leo");
        var id = await QuestionAsync(author, "Reviewers only");
        var forbidden = new List<HttpResponseMessage>();
        foreach (var client in new[] { author, learner })
        {
            forbidden.Add(await client.PostJsonAsync(For(ApproveQuestionEndpoint.Route, id)));
            forbidden.Add(await client.PostJsonAsync(For(RejectQuestionEndpoint.Route, id), new { reason = "no" }));
            forbidden.Add(await client.GetAsync(Api.Route(ListReviewQueueRequest.Route)));
            forbidden.Add(await client.PostJsonAsync(Features.Questions.BulkChangeQuestionStatus.BulkChangeQuestionStatusRequest.Route,
                new { ids = new[] { id }, action = "approve" }));
        }
        forbidden.Add(await learner.GetAsync(Api.Route(GetQuestionHistoryRequest.For(id))));

        foreach (var response in forbidden)
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var unchanged = await author.GetAsAsync<Question>(GetQuestionRequest.For(id));
        Assert.That(unchanged.Status, Is.EqualTo(QuestionStatus.InReview));
    }

    [Test]
    public async Task RevisingAPublishedQuestionSendsItBackToDraftWhenReviewIsRequired()
    {
        var (author, authorId) = await WithRoleAsync("ann", "author", Reviewed);
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer", Reviewed);
        var learner = await Api.LearnerAsync("leo", Reviewed);
        var id = await QuestionAsync(author, "Live question");
        await reviewer.PostAsAsync<Question>(For(ApproveQuestionEndpoint.Route, id));

        var revised = await author.PatchAsAsync<Question>(Features.Questions.UpdateQuestion.UpdateQuestionRequest.For(id),
            new { text = "Unreviewed change" });
        var learnerRead = await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)));
        var history = await author.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id));

        await learnerRead.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That((revised.Status, revised.Version), Is.EqualTo((QuestionStatus.Draft, 2)));
            var last = history.Items[^1];
            Assert.That((last.From, last.To, last.ActorId, last.Version), Is.EqualTo((QuestionStatus.Published, QuestionStatus.Draft, (Guid?)authorId, 2)));
            Assert.That(last.Reason, Does.StartWith("Revised"));
        });
    }

    [Test]
    public async Task HistoryIsStaffOnlyPagedAndNotFoundForAMissingQuestion()
    {
        var admin = await Api.AdminAsync();
        var id = await QuestionAsync(admin, "Back and forth");
        await admin.PostAsAsync<Question>(For(RejectQuestionEndpoint.Route, id), new { reason = "again" });
        await admin.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, id));
        await admin.PostAsAsync<Question>(For(RejectQuestionEndpoint.Route, id), new { reason = "again" });

        var first = await admin.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id) + "?limit=3");
        var second = await admin.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id) + $"?limit=3&cursor={first.NextCursor}");
        var missing = await admin.GetAsync(Api.Route(GetQuestionHistoryRequest.For(999_999)));
        var badCursor = await admin.GetAsync(Api.Route(GetQuestionHistoryRequest.For(id) + "?cursor=nonsense"));

        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(h => h.To), Is.EqualTo(new[] { QuestionStatus.InReview, QuestionStatus.Draft, QuestionStatus.InReview }));
            Assert.That(second.Items.Select(h => h.To), Is.EqualTo(new[] { QuestionStatus.Draft }));
            Assert.That(second.NextCursor, Is.Null);
        });
    }
}
