using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.ListReviewQueue;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;

namespace AdaptiveLearning.Api.FunctionalTests.Review;

public sealed class ReviewQueueTests : TestBase
{
    [Test]
    public async Task TheQueueListsSubmissionsOldestFirstByNodeAndAuthorAPageAtATime()
    {
        var (ann, annId) = await WithRoleAsync("ann", "author");
        var (bob, _) = await WithRoleAsync("bob", "author");
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer");
        // Created in one order, submitted in another: the queue follows submission.
        var first = await QuestionAsync(bob, "Submitted first", submit: false);
        var second = await QuestionAsync(ann, "Submitted second", facet: OtherFacet);
        var third = await QuestionAsync(ann, "Submitted third", submit: false);
        await bob.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, first));
        await reviewer.PostAsAsync<Question>(For(RejectQuestionEndpoint.Route, second), new { reason = "Resubmit later" });
        await ann.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, second));
        await ann.PostAsAsync<Question>(For(SubmitQuestionEndpoint.Route, third));
        await QuestionAsync(ann, "Still a draft", submit: false);

        var all = await reviewer.GetAsAsync<ReviewQueuePage>(ListReviewQueueRequest.Route);
        var page1 = await reviewer.GetAsAsync<ReviewQueuePage>(ListReviewQueueRequest.Route + "?limit=2");
        var page2 = await reviewer.GetAsAsync<ReviewQueuePage>(ListReviewQueueRequest.Route + $"?limit=2&cursor={page1.NextCursor}");
        var byNode = await reviewer.GetAsAsync<ReviewQueuePage>(ListReviewQueueRequest.Route + "?node=driving__signs");
        var byAuthor = await reviewer.GetAsAsync<ReviewQueuePage>(ListReviewQueueRequest.Route + $"?author={annId}");
        var foreignCursor = await reviewer.GetAsync(Api.Route(ListReviewQueueRequest.Route + "?cursor=eyJJZCI6MX0"));

        await foreignCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Multiple(() =>
        {
            Assert.That(all.Items.Select(q => q.Id), Is.EqualTo(new[] { first, second, third }));
            Assert.That(all.Items.Select(q => q.Text), Is.EqualTo(new[] { "Submitted first", "Submitted second", "Submitted third" }));
            Assert.That(all.Items.Zip(all.Items.Skip(1)).All(p => p.First.SubmittedAt <= p.Second.SubmittedAt), Is.True);
            Assert.That(all.Items[1].AuthorId, Is.EqualTo(annId));
            Assert.That(all.Items[1].LastEditorId, Is.EqualTo(annId));
            Assert.That(page1.Items.Select(q => q.Id).Concat(page2.Items.Select(q => q.Id)), Is.EqualTo(new[] { first, second, third }));
            Assert.That(page2.NextCursor, Is.Null);
            Assert.That(byNode.Items.Select(q => q.Id), Is.EqualTo(new[] { second }));
            Assert.That(byAuthor.Items.Select(q => q.Id), Is.EqualTo(new[] { second, third }));
        });
    }
}
