using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;
using AdaptiveLearning.Api.Features.Questions.ListQuestionVersions;
using AdaptiveLearning.Api.Features.Questions.RestoreQuestionVersion;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Api.FunctionalTests.Review;

using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Questions.Versions;

/// <summary>A restore is an edit: with Content:RequireReview, restoring over a published question needs a new review (ADR 0016).</summary>
public sealed class RestoreUnderReviewTests : ReviewRequiredTestBase
{
    [Test]
    public async Task RestoringOverAPublishedQuestionTakesItOffLineUntilAReviewerApprovesAgain()
    {
        var (author, authorId) = await WithRoleAsync("ann", "author", Reviewed);
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer", Reviewed);
        var learner = await Api.LearnerAsync("leo", Reviewed);
        var id = await QuestionAsync(author, "The first wording", submit: false);
        await author.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { text = "The approved wording" });
        await author.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, id));
        await reviewer.PostAsAsync<Question>(For(ApproveQuestionEndpoint.Route, id));

        var restored = await author.PostAsAsync<Question>(RestoreQuestionVersionRequest.For(id, 1));
        var learnerRead = await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)));
        var history = await author.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(id));
        var versions = await reviewer.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id));

        await learnerRead.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That((restored.Status, restored.Version, restored.Text), Is.EqualTo((QuestionStatus.Draft, 3, "The first wording")));
            var last = history.Items[^1];
            Assert.That((last.From, last.To, last.ActorId, last.Version),
                Is.EqualTo((QuestionStatus.Published, QuestionStatus.Draft, (Guid?)authorId, 3)));
            Assert.That(last.Reason, Does.StartWith("Restored version 1"));
            Assert.That(versions.Items.Select(v => (v.Version, v.Status, v.RestoredFrom)), Is.EqualTo(new[]
            {
                (3, (QuestionStatus?)QuestionStatus.Draft, (int?)1),
                (2, QuestionStatus.Published, null),
                (1, QuestionStatus.Draft, null),
            }), "version 2 is the one that was live");
        });
    }
}
