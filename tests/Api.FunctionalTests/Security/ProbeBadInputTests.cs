using System.Text;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;
using AdaptiveLearning.Api.Features.Cards.SetCardDue;
using AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;
using AdaptiveLearning.Api.Features.Imports.StartImport;
using AdaptiveLearning.Api.Features.Questions.ListQuestions;
using AdaptiveLearning.Api.Features.Sessions.StartSession;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>The inputs an outside probe (issue #14) turned into 500s: each is now a 400 naming the field.</summary>
public sealed class ProbeBadInputTests : TestBase
{
    private static readonly string DueRoute = Api.Route(SetCardDueRequest.Route.Replace("{id}", "987654321"));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [TestCase("{}", "due")]
    [TestCase("""{"due":null}""", "due")]
    [TestCase("null", null)]
    public async Task SettingACardDueWithoutADueTimeIsABadRequest(string body, string? field)
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(DueRoute, Json(body));

        await AssertBadRequestAsync(response, field);
    }

    [Test]
    public async Task SettingACardDueWithNoBodyIsABadRequest()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(DueRoute, null);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task SettingACardDueWithPlainTextIsABadRequest()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(DueRoute, new StringContent("tomorrow", Encoding.UTF8, "text/plain"));

        await AssertBadRequestAsync(response, "due");
    }

    [TestCase("*")]
    [TestCase("+-*\"(")]
    [TestCase("@")]
    public async Task SearchingForOperatorsOnlyFindsNothingInsteadOfFailing(string q)
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.GetAsync(Api.Route(ListQuestionsRequest.Route) + "?q=" + Uri.EscapeDataString(q));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task StartingASessionWithANullScopeNamesTheScope()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(Api.Route(StartSessionRequest.Route), Json("""{"mode":"practice","scope":null}"""));

        await AssertBadRequestAsync(response, "scope");
    }

    [Test]
    public async Task SyncingANullAnswerListNamesTheAnswers()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(Api.Route(SubmitAnswerBatchRequest.Route), Json("""{"answers":null}"""));

        await AssertBadRequestAsync(response, "answers");
    }

    [Test]
    public async Task SyncingANullAnswerInTheListIsAFieldError()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsync(Api.Route(SubmitAnswerBatchRequest.Route), Json("""{"answers":[null]}"""));

        await AssertBadRequestAsync(response, null);
    }

    [Test]
    public async Task ReorderingWithNullCodesNamesTheCodes()
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostAsync(Api.Route(ReorderHierarchyNodesRequest.Route), Json("""{"codes":null}"""));

        await AssertBadRequestAsync(response, "codes");
    }

    [TestCase("""{"files":null}""", "files")]
    [TestCase("""{"files":[null]}""", "files")]
    [TestCase("""{"files":[{"name":null,"content":null}]}""", "files")]
    [TestCase("null", null)]
    public async Task ImportingNullFilesNamesTheFiles(string body, string? field)
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostAsync(Api.Route(StartImportRequest.Route), Json(body));

        await AssertBadRequestAsync(response, field);
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string? field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, problemCode(body));
        if (field is not null)
            Assert.That(problem.FieldErrors(), Does.Contain(field), body);

        static string problemCode(string body) => body.Contains("malformed_request") ? "malformed_request" : "validation_failed";
    }
}
