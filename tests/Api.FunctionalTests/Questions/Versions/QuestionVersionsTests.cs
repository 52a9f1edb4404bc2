using System.Text.Json;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.GetQuestionVersion;
using AdaptiveLearning.Api.Features.Questions.GetQuestionVersionDiff;
using AdaptiveLearning.Api.Features.Questions.ListQuestionVersions;
using AdaptiveLearning.Api.Features.Questions.RestoreQuestionVersion;
using AdaptiveLearning.Client.Models;

using static AdaptiveLearning.Api.FunctionalTests.Review.ConditionalRequests;
using static AdaptiveLearning.Api.FunctionalTests.Review.ReviewClients;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Questions.Versions;

/// <summary>Issue #15's versions: every content change is kept, readable, comparable and restorable, never rewritten.</summary>
public sealed class QuestionVersionsTests : TestBase
{
    [Test]
    public async Task EveryContentChangeIsAVersionListedNewestFirstWithWhoWhenStatusAndWhatChanged()
    {
        var (ann, annId) = await WithRoleAsync("ann", "author");
        var (bob, bobId) = await WithRoleAsync("bob", "author");
        var id = await QuestionAsync(ann, "Who yields first?", submit: false);
        await bob.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { text = "Who yields first at a junction?" });
        await ann.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new
        {
            options = new[] { Option("A", "Alpha option", "Why A"), Option("B", "Beta, reworded", "Why B"), Option("D", "Delta option") },
            correctKeys = new[] { "D" },
        });
        await (await Api.AdminAsync()).PostAsAsync<Question>(For(PublishQuestionEndpoint.Route, id));

        var all = await ann.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id));
        var first = await ann.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id) + "?limit=2");
        var second = await ann.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id) + $"?limit=2&cursor={first.NextCursor}");

        Assert.Multiple(() =>
        {
            Assert.That(all.Items.Select(v => (v.Version, v.CreatedBy, v.Status)), Is.EqualTo(new[]
            {
                (3, (Guid?)annId, (QuestionStatus?)QuestionStatus.Published),
                (2, bobId, QuestionStatus.Draft),
                (1, annId, QuestionStatus.Draft),
            }), "the current version has the question's status; older ones the status they had");
            Assert.That(all.Items[0].ChangedFields, Is.EqualTo(new[] { "correctKeys", "options" }));
            Assert.That(all.Items[0].Summary, Is.EqualTo("changed correctKeys; options: 1 added, 1 removed, 1 changed"));
            Assert.That(all.Items[1].ChangedFields, Is.EqualTo(new[] { "text" }));
            Assert.That(all.Items[2].Summary, Is.EqualTo("created"));
            Assert.That(all.Items.Select(v => v.CreatedAt), Is.Ordered.Descending);
            Assert.That(all.NextCursor, Is.Null);
            Assert.That(first.Items.Select(v => v.Version), Is.EqualTo(new[] { 3, 2 }));
            Assert.That(first.Items[1].ChangedFields, Is.EqualTo(new[] { "text" }), "a page's oldest version is compared with the next page's newest");
            Assert.That(second.Items.Select(v => v.Version), Is.EqualTo(new[] { 1 }));
            Assert.That(second.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task AVersionReadsAsItWasWrittenAndTheDiffNamesEachChangedFieldAndOption()
    {
        var (ann, annId) = await WithRoleAsync("ann", "author");
        var (rita, _) = await WithRoleAsync("rita", "reviewer");
        var id = await QuestionAsync(ann, "Original text", submit: false);
        await ann.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new
        {
            text = "Revised text",
            options = new[] { Option("B", "Beta option", "Why B"), Option("A", "Alpha, reworded", "Why A"), Option("D", "Delta option") },
            difficulty = 4,
        });

        var v1 = await rita.GetAsAsync<QuestionVersion>(GetQuestionVersionRequest.For(id, 1));
        var v2 = await rita.GetAsAsync<QuestionVersion>(GetQuestionVersionRequest.For(id, 2));
        var diff = await rita.GetAsAsync<QuestionVersionDiff>(GetQuestionVersionDiffRequest.For(id, 2));
        var backwards = await rita.GetAsAsync<QuestionVersionDiff>(GetQuestionVersionDiffRequest.For(id, 1, against: 2));
        var firstVersion = await rita.GetAsAsync<QuestionVersionDiff>(GetQuestionVersionDiffRequest.For(id, 1));
        var itself = await rita.GetAsAsync<QuestionVersionDiff>(GetQuestionVersionDiffRequest.For(id, 2, against: 2));

        Assert.Multiple(() =>
        {
            Assert.That((v1.Version, v1.Current, v1.CreatedBy, v1.Path), Is.EqualTo((1, false, (Guid?)annId, Facet)));
            Assert.That((v1.Content.Text, v1.Content.Difficulty, v1.Content.Explanation), Is.EqualTo(("Original text", 3, "Because B is right.")));
            Assert.That(v1.Content.CorrectKeys, Is.EqualTo(new[] { "B" }), "staff read the answer key of every version");
            Assert.That(v1.Content.Options.Select(o => (o.Key, o.Text)), Is.EqualTo(new[] { ("A", "Alpha option"), ("B", "Beta option"), ("C", "Gamma option") }));
            Assert.That((v2.Current, v2.Content.Text, v2.Content.Difficulty), Is.EqualTo((true, "Revised text", 4)));

            Assert.That((diff.Version, diff.Against), Is.EqualTo((2, (int?)1)), "against defaults to the version before");
            Assert.That(diff.ChangedFields, Is.EqualTo(new[] { "text", "difficulty", "options" }));
            Assert.That(diff.Fields.Select(f => (f.Field, Text(f.Old), Text(f.New))),
                Is.EqualTo(new[] { ("text", "Original text", "Revised text"), ("difficulty", "3", "4") }));
            Assert.That(diff.Options.Added.Select(o => o.Key), Is.EqualTo(new[] { "D" }));
            Assert.That(diff.Options.Removed.Select(o => (o.Key, o.Text)), Is.EqualTo(new[] { ("C", "Gamma option") }));
            Assert.That(diff.Options.Changed.Select(c => (c.Key, c.Old.Text, c.New.Text)), Is.EqualTo(new[] { ("A", "Alpha option", "Alpha, reworded") }));
            Assert.That(diff.Options.Reordered, Is.True, "B now comes before A");

            Assert.That(backwards.Fields[0].Field, Is.EqualTo("text"));
            Assert.That((Text(backwards.Fields[0].Old), Text(backwards.Fields[0].New)), Is.EqualTo(("Revised text", "Original text")));
            Assert.That((backwards.Options.Added.Single().Key, backwards.Options.Removed.Single().Key), Is.EqualTo(("C", "D")));
            Assert.That(firstVersion.Against, Is.Null, "a first version is compared with nothing");
            Assert.That(firstVersion.ChangedFields, Is.SupersetOf(new[] { "type", "text", "correctKeys", "options" }));
            Assert.That(firstVersion.Options.Added, Has.Count.EqualTo(3));
            Assert.That(itself.ChangedFields, Is.Empty);
        });
    }

    [Test]
    public async Task RestoreMakesANewVersionWithTheOldContentAndRefusesAStaleETag()
    {
        var (ann, annId) = await WithRoleAsync("ann", "author");
        var (bob, _) = await WithRoleAsync("bob", "author");
        var id = await QuestionAsync(ann, "First wording", submit: false);
        await ann.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { text = "Second wording", correctKeys = new[] { "C" } });
        var annRead = await ReadAsync(ann, id);
        await bob.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new { text = "Bob's wording" });

        var stale = await SendAsync(ann, HttpMethod.Post, RestoreQuestionVersionRequest.For(id, 1), annRead.ETag);
        var afterStale = await ReadAsync(ann, id);
        var restored = await (await SendAsync(ann, HttpMethod.Post, RestoreQuestionVersionRequest.For(id, 1), afterStale.ETag)).ReadAsAsync<Question>();
        var again = await ann.PostAsAsync<Question>(RestoreQuestionVersionRequest.For(id, 1));
        var versions = await bob.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id));
        var v1 = await bob.GetAsAsync<QuestionVersion>(GetQuestionVersionRequest.For(id, 1));
        var v4 = await bob.GetAsAsync<QuestionVersion>(GetQuestionVersionRequest.For(id, 4));

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Multiple(() =>
        {
            Assert.That(afterStale.Question.Version, Is.EqualTo(3), "the stale restore wrote nothing");
            Assert.That((restored.Version, restored.Text), Is.EqualTo((4, "First wording")));
            Assert.That(restored.CorrectKeys, Is.EqualTo(new[] { "B" }));
            Assert.That(again.Version, Is.EqualTo(4), "restoring the content that is current changes nothing");
            Assert.That(versions.Items.Select(v => v.Version), Is.EqualTo(new[] { 4, 3, 2, 1 }), "history is added to, never rewritten");
            Assert.That((versions.Items[0].RestoredFrom, versions.Items[0].CreatedBy), Is.EqualTo(((int?)1, (Guid?)annId)));
            Assert.That(versions.Items[0].Summary, Is.EqualTo("restored version 1: changed text, correctKeys"));
            Assert.That(Json(v4.Content), Is.EqualTo(Json(v1.Content)), "the new version's content is version 1's");
            Assert.That(v4.Current, Is.True);
        });
    }

    [Test]
    public async Task LearnersAreForbiddenReviewersOnlyReadAndUnknownVersionsAreNotFound()
    {
        var (author, _) = await WithRoleAsync("ann", "author");
        var (reviewer, _) = await WithRoleAsync("rita", "reviewer");
        var admin = await Api.AdminAsync();
        var learner = await Api.LearnerAsync("leo");
        var id = await QuestionAsync(author, "Published for learners", submit: false);
        await admin.PostAsAsync<Question>(For(PublishQuestionEndpoint.Route, id));

        foreach (var response in new[]
                 {
                     await learner.GetAsync(Api.Route(ListQuestionVersionsRequest.For(id))),
                     await learner.GetAsync(Api.Route(GetQuestionVersionRequest.For(id, 1))),
                     await learner.GetAsync(Api.Route(GetQuestionVersionDiffRequest.For(id, 1))),
                     await learner.PostJsonAsync(RestoreQuestionVersionRequest.For(id, 1)),
                     await reviewer.PostJsonAsync(RestoreQuestionVersionRequest.For(id, 1)),
                 })
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        foreach (var response in new[]
                 {
                     await author.GetAsync(Api.Route(ListQuestionVersionsRequest.For(999_999))),
                     await author.GetAsync(Api.Route(GetQuestionVersionRequest.For(999_999, 1))),
                     await author.GetAsync(Api.Route(GetQuestionVersionDiffRequest.For(999_999, 1))),
                     await author.PostJsonAsync(RestoreQuestionVersionRequest.For(999_999, 1)),
                 })
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        foreach (var response in new[]
                 {
                     await reviewer.GetAsync(Api.Route(GetQuestionVersionRequest.For(id, 2))),
                     await reviewer.GetAsync(Api.Route(GetQuestionVersionRequest.For(id, -1))),
                     await reviewer.GetAsync(Api.Route(GetQuestionVersionDiffRequest.For(id, 9))),
                     await reviewer.GetAsync(Api.Route(GetQuestionVersionDiffRequest.For(id, 1, against: 9))),
                     await author.PostJsonAsync(RestoreQuestionVersionRequest.For(id, 9)),
                 })
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "version_not_found");
        foreach (var response in new[]
                 {
                     await reviewer.GetAsync(Api.Route(GetQuestionVersionDiffRequest.For(id, 1, against: 0))),
                     await reviewer.GetAsync(Api.Route(ListQuestionVersionsRequest.For(id) + "?limit=0")),
                     await reviewer.GetAsync(Api.Route(ListQuestionVersionsRequest.For(id) + "?limit=101")),
                     await reviewer.GetAsync(Api.Route(ListQuestionVersionsRequest.For(id) + "?cursor=nonsense")),
                 })
            await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var listed = await reviewer.GetAsAsync<QuestionVersionPage>(ListQuestionVersionsRequest.For(id));
        Assert.That(listed.Items.Select(v => v.Version), Is.EqualTo(new[] { 1 }), "nothing refused above wrote a version");
    }

    private static object Option(string key, string text, string? explanation = null) => new { key, text, explanation };

    private static string? Text(object? value) => value?.ToString();

    private static string Json(QuestionContent content) => JsonSerializer.Serialize(content);
}
