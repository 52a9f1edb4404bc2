using System.Text.Json;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.CreateQuestion;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.UpdateQuestion;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

public sealed class QuestionTests : TestBase
{
    private const string Facet = "driving__rules__priority__junctions";

    [Test]
    public async Task LearnerViewNeverCarriesTheAnswerKeyOrExplanations()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Who goes first at an unmarked junction?");
        var learner = await Api.LearnerAsync();

        var learnerBody = await learner.GetStringAsync(Api.Route(GetQuestionRequest.For(id)));
        var staffView = await admin.GetFromJsonAsync<JsonElement>(Api.Route(GetQuestionRequest.For(id)));

        Assert.Multiple(() =>
        {
            Assert.That(learnerBody, Does.Contain("Who goes first"));
            Assert.That(learnerBody, Does.Not.Contain("correctKeys").And.Not.Contain("Because B is right").And.Not.Contain("Why A"));
            Assert.That(staffView.GetProperty("correctKeys")[0].GetString(), Is.EqualTo("B"));
            Assert.That(staffView.GetProperty("options")[0].GetProperty("explanation").GetString(), Is.EqualTo("Why A"));
        });
    }

    [Test]
    public async Task UnpublishedQuestionsAreInvisibleToLearners()
    {
        var content = new ContentApi(await Api.AdminAsync());
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Still a draft", publish: false);
        var learner = await Api.LearnerAsync();

        var response = await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task EditingContentMakesANewVersionAndAnIdenticalEditDoesNot()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Original wording?");

        var edited = await admin.PatchAsJsonAsync(Api.Route(UpdateQuestionRequest.For(id)), new { text = "Better wording?" });
        var same = await admin.PatchAsJsonAsync(Api.Route(UpdateQuestionRequest.For(id)), new { text = "Better wording?" });

        Assert.Multiple(async () =>
        {
            Assert.That((await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That((await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task WorkflowMovesDraftThroughReviewToPublishedAndRefusesInvalidMoves()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Workflow?", publish: false);
        string Route(string route) => Api.Route(route.Replace("{id}", id.ToString()));

        var submitted = await admin.PostAsync(Route(SubmitQuestionEndpoint.Route), null);
        var submittedAgain = await admin.PostAsync(Route(SubmitQuestionEndpoint.Route), null);
        var learnerPublish = await (await Api.LearnerAsync()).PostAsync(Route(PublishQuestionEndpoint.Route), null);
        var published = await admin.PostAsync(Route(PublishQuestionEndpoint.Route), null);
        var archived = await admin.PostAsync(Route(ArchiveQuestionEndpoint.Route), null);

        Assert.That((await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("in_review"));
        await submittedAgain.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid_transition");
        await learnerPublish.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.That((await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That((await archived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("archived"));
    }

    [Test]
    public async Task CorrectAnswerMustBeAmongTheOptions()
    {
        var admin = await Api.AdminAsync();
        await new ContentApi(admin).FacetAsync(Facet);

        var response = await admin.PostAsJsonAsync(Api.Route(CreateQuestionRequest.Route), new
        {
            path = Facet, type = "mcq", text = "Pick one",
            options = new[] { new { key = "A", text = "a" }, new { key = "B", text = "b" } },
            correctKeys = new[] { "Z" },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.GetProperty("errors").GetProperty("correctKeys")[0].GetString(), Does.Contain("'Z'"));
    }

    [Test]
    public async Task TheoryAndScenarioQuestionsAreSupported()
    {
        var admin = await Api.AdminAsync();
        await new ContentApi(admin).FacetAsync(Facet);

        var theory = await admin.PostAsJsonAsync(Api.Route(CreateQuestionRequest.Route), new
        {
            path = Facet, type = "theory", text = "Explain the zipper merge.",
            modelAnswer = "Use both lanes until the merge point, then alternate.", rubricKeywords = new[] { "alternate", "merge point" },
        });
        var scenario = await admin.PostAsJsonAsync(Api.Route(CreateQuestionRequest.Route), new
        {
            path = Facet, type = "scenario", scenario = "You approach a roundabout in heavy rain.", text = "What do you do first?",
            options = new[] { new { key = "A", text = "Slow down" }, new { key = "B", text = "Speed up" } }, correctKeys = new[] { "A" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(theory.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(scenario.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }
}
