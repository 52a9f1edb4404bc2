using BulkRoute = AdaptiveLearning.Api.Features.Questions.BulkChangeQuestionStatus.BulkChangeQuestionStatusRequest;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

public sealed class BulkStatusTests : TestBase
{
    [Test]
    public async Task ABulkApprovalChangesWhatItMayAndSaysWhyForEachOtherId()
    {
        var admin = await Api.AdminAsync();
        var (author, _) = await WithRoleAsync("ann", "author");
        var byAuthor = await QuestionAsync(author, "Ready for review");
        var draft = await QuestionAsync(author, "Not submitted", submit: false);
        var byAdmin = await QuestionAsync(admin, "The admin's own");
        const long missing = 999_999;

        var response = await admin.PostAsAsync<BulkStatusResponse>(BulkRoute.Route,
            new { ids = new[] { byAuthor, draft, missing, byAdmin }, action = "approve", reason = "Looks right" });
        var approved = await admin.GetAsAsync<Question>(GetQuestionRequest.For(byAuthor));
        var untouched = await admin.GetAsAsync<Question>(GetQuestionRequest.For(byAdmin));
        var history = await admin.GetAsAsync<QuestionHistoryPage>(GetQuestionHistoryRequest.For(byAuthor));

        Assert.Multiple(() =>
        {
            Assert.That(response.Results.Select(r => (r.Id, r.Ok, r.Code)), Is.EqualTo(new[]
            {
                (byAuthor, true, (string?)null), (draft, false, "invalid_transition"), (missing, false, "not_found"), (byAdmin, false, "self_approval"),
            }));
            Assert.That(response.Results[0].Status, Is.EqualTo(QuestionStatus.Published));
            Assert.That((response.Succeeded, response.Failed), Is.EqualTo((1, 3)));
            Assert.That(approved.Status, Is.EqualTo(QuestionStatus.Published));
            Assert.That(untouched.Status, Is.EqualTo(QuestionStatus.InReview));
            Assert.That(history.Items[^1].Reason, Is.EqualTo("Looks right"));
        });
    }

    [Test]
    public async Task ABulkRequestIsRefusedWholeWhenMalformedOrNotTheCallersAction()
    {
        var admin = await Api.AdminAsync();
        var (author, _) = await WithRoleAsync("ann", "author");
        var id = await QuestionAsync(author, "Stays in review");

        var tooMany = await admin.PostJsonAsync(BulkRoute.Route,
            new { ids = Enumerable.Range(1, 501).ToArray(), action = "archive" });
        var duplicates = await admin.PostJsonAsync(BulkRoute.Route, new { ids = new[] { id, id }, action = "archive" });
        var noReason = await admin.PostJsonAsync(BulkRoute.Route, new { ids = new[] { id }, action = "reject" });
        var unknownAction = await admin.PostJsonAsync(BulkRoute.Route, new { ids = new[] { id }, action = "delete" });
        var authorArchives = await author.PostJsonAsync(BulkRoute.Route, new { ids = new[] { id }, action = "archive" });
        var authorSubmits = await author.PostAsAsync<BulkStatusResponse>(BulkRoute.Route,
            new { ids = new[] { id }, action = "submit" });

        foreach (var response in new[] { tooMany, duplicates, noReason, unknownAction })
            await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await authorArchives.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var after = await admin.GetAsAsync<Question>(GetQuestionRequest.For(id));
        Assert.Multiple(() =>
        {
            Assert.That(authorSubmits.Results.Single().Code, Is.EqualTo("invalid_transition"), "an author may submit, not resubmit");
            Assert.That(after.Status, Is.EqualTo(QuestionStatus.InReview));
        });
    }
}
