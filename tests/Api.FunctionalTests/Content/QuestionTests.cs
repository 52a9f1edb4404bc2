using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Client.Models;

using CreateQuestionRequest = AdaptiveLearning.Api.Features.Questions.CreateQuestion.CreateQuestionRequest;
using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;
using Wire = AdaptiveLearning.Client.Models;

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
        var staffView = await admin.GetAsAsync<Question>(GetQuestionRequest.For(id));

        Assert.Multiple(() =>
        {
            Assert.That(learnerBody, Does.Contain("Who goes first"));
            Assert.That(learnerBody, Does.Not.Contain("correctKeys").And.Not.Contain("Because B is right").And.Not.Contain("Why A"));
            Assert.That(staffView.CorrectKeys, Is.EqualTo(new[] { "B" }));
            Assert.That(staffView.Options![0].Explanation, Is.EqualTo("Why A"));
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

        var edited = await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "Better wording?" });
        var same = await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "Better wording?" });

        Assert.Multiple(() =>
        {
            Assert.That(edited.Version, Is.EqualTo(2));
            Assert.That(same.Version, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task WorkflowMovesDraftThroughReviewToPublishedAndRefusesInvalidMoves()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Workflow?", publish: false);
        string Route(string route) => route.Replace("{id}", id.ToString());

        var submitted = await admin.PostJsonAsync(Route(SubmitQuestionEndpoint.Route));
        var submittedAgain = await admin.PostJsonAsync(Route(SubmitQuestionEndpoint.Route));
        var learnerPublish = await (await Api.LearnerAsync()).PostJsonAsync(Route(PublishQuestionEndpoint.Route));
        var published = await admin.PostJsonAsync(Route(PublishQuestionEndpoint.Route));
        var archived = await admin.PostJsonAsync(Route(ArchiveQuestionEndpoint.Route));

        Assert.That((await submitted.ReadAsAsync<Question>()).Status, Is.EqualTo(QuestionStatus.InReview));
        await submittedAgain.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid_transition");
        await learnerPublish.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.That((await published.ReadAsAsync<Question>()).Status, Is.EqualTo(QuestionStatus.Published));
        Assert.That((await archived.ReadAsAsync<Question>()).Status, Is.EqualTo(QuestionStatus.Archived));
    }

    [Test]
    public async Task CorrectAnswerMustBeAmongTheOptions()
    {
        var admin = await Api.AdminAsync();
        await new ContentApi(admin).FacetAsync(Facet);

        var response = await admin.PostJsonAsync(CreateQuestionRequest.Route, new Wire.CreateQuestionRequest
        {
            Path = Facet, Type = QuestionType.Mcq, Text = "Pick one",
            Options = [new() { Key = "A", Text = "a" }, new() { Key = "B", Text = "b" }],
            CorrectKeys = ["Z"],
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors?.GetValueOrDefault("correctKeys")?.FirstOrDefault(), Does.Contain("'Z'"));
    }

    [Test]
    public async Task TheoryAndScenarioQuestionsAreSupported()
    {
        var admin = await Api.AdminAsync();
        await new ContentApi(admin).FacetAsync(Facet);

        var theory = await admin.PostJsonAsync(CreateQuestionRequest.Route, new Wire.CreateQuestionRequest
        {
            Path = Facet, Type = QuestionType.Theory, Text = "Explain the zipper merge.",
            ModelAnswer = "Use both lanes until the merge point, then alternate.", RubricKeywords = ["alternate", "merge point"],
        });
        var scenario = await admin.PostJsonAsync(CreateQuestionRequest.Route, new Wire.CreateQuestionRequest
        {
            Path = Facet, Type = QuestionType.Scenario, Scenario = "You approach a roundabout in heavy rain.", Text = "What do you do first?",
            Options = [new() { Key = "A", Text = "Slow down" }, new() { Key = "B", Text = "Speed up" }], CorrectKeys = ["A"],
        });

        Assert.Multiple(() =>
        {
            Assert.That(theory.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(scenario.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }
}
