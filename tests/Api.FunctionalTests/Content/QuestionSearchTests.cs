using AdaptiveLearning.Api.Features.Questions.ListQuestions;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

public sealed class QuestionSearchTests : TestBase
{
    private HttpClient _learner = null!;

    [SetUp]
    public async Task SeedAsync()
    {
        var content = new ContentApi(await Api.AdminAsync());
        await content.FacetAsync("nature__animals__mammals__bears");
        await content.FacetAsync("nature__animals__birds__owls");
        await content.FacetAsync("nature__plants__trees__oaks");
        for (var i = 0; i < 13; i++)
            await content.QuestionAsync("nature__animals__mammals__bears", $"How heavy can a grizzly bear grow, case {i}?",
                tags: i % 2 == 0 ? ["mammal", "north-america"] : ["mammal"], difficulty: 1 + i % 5);
        for (var i = 0; i < 6; i++)
            await content.QuestionAsync("nature__animals__birds__owls", $"Can an owl turn its head around, case {i}?", tags: ["bird"]);
        await content.QuestionAsync("nature__plants__trees__oaks", "How old can an oak tree grow?", tags: ["tree"]);
        await content.QuestionAsync("nature__plants__trees__oaks", "A draft about bears", publish: false);
        _learner = await Api.LearnerAsync();
    }

    private async Task<(List<Question> Items, int Total, int Pages)> ReadAllAsync(string query, int limit)
    {
        var items = new List<Question>();
        string? cursor = null;
        var pages = 0;
        int total;
        do
        {
            var route = $"{ListQuestionsRequest.Route}?limit={limit}&{query}" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await _learner.GetAsAsync<QuestionPage>(route);
            items.AddRange(page.Items);
            total = page.Total;
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null && pages < 100);
        return (items, total, pages);
    }

    [Test]
    public async Task CursorPagingReturnsEveryQuestionOfANodeExactlyOnce()
    {
        var (items, total, pages) = await ReadAllAsync("node=nature__animals", limit: 4);

        var ids = items.Select(i => i.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(19));
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.Ordered);
            Assert.That(total, Is.EqualTo(19));
            Assert.That(pages, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task FullTextSearchPagesByRelevanceWithoutDuplicatesOrGaps()
    {
        var (items, total, _) = await ReadAllAsync("q=grizzly%20bear", limit: 5);

        var ids = items.Select(i => i.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(13), "13 published bear questions; the draft is not visible");
            Assert.That(ids, Is.Unique);
            Assert.That(total, Is.EqualTo(13));
            Assert.That(items.All(i => i.Text.Contains("grizzly")), Is.True);
        });
    }

    [Test]
    public async Task TagAndDifficultyFiltersCombine()
    {
        var anyTag = await ReadAllAsync("tagsAny=bird,tree", limit: 50);
        var allTags = await ReadAllAsync("tagsAll=mammal,north-america", limit: 50);
        var hard = await ReadAllAsync("node=nature__animals__mammals&difficultyMin=4&difficultyMax=5", limit: 50);

        Assert.Multiple(() =>
        {
            Assert.That(anyTag.Items, Has.Count.EqualTo(7));
            Assert.That(allTags.Items, Has.Count.EqualTo(7));
            Assert.That(hard.Items.Select(i => i.Difficulty), Is.All.InRange(4, 5));
            Assert.That(hard.Items, Has.Count.EqualTo(4), "cases 3, 4, 8 and 9 have difficulty 4 or 5");
        });
    }

    [Test]
    public async Task ListedQuestionsNeverCarryAnswersForLearners()
    {
        var body = await _learner.GetStringAsync($"{Api.Route(ListQuestionsRequest.Route)}?limit=50");

        Assert.That(body, Does.Not.Contain("correctKeys").And.Not.Contain("Because B is right"));
    }

    [Test]
    public async Task ABadCursorIsAFieldError()
    {
        var response = await _learner.GetAsync($"{Api.Route(ListQuestionsRequest.Route)}?cursor=not-a-cursor!");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
