using System.Net.Http.Headers;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;
using AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

public sealed class HierarchyTests : TestBase
{
    [Test]
    public async Task LearnersBrowseTheTreeWithPathsAndPublishedCounts()
    {
        var content = new ContentApi(await Api.AdminAsync());
        await content.FacetAsync("driving__signs__warning__shapes");
        await content.FacetAsync("driving__signs__warning__colours");
        await content.QuestionAsync("driving__signs__warning__shapes", "Which shape warns of danger?");
        await content.QuestionAsync("driving__signs__warning__colours", "Which colour is a warning?");
        await content.QuestionAsync("driving__signs__warning__colours", "An unpublished draft", publish: false);
        var learner = await Api.LearnerAsync();

        var tree = await learner.GetFromJsonAsync<JsonElement>(Api.Route(GetHierarchyRequest.Route));
        var node = await learner.GetFromJsonAsync<JsonElement>(Api.Route(GetHierarchyNodeRequest.For("driving__signs__warning")));

        var topic = tree.GetProperty("topics")[0];
        Assert.Multiple(() =>
        {
            Assert.That(topic.GetProperty("path").GetString(), Is.EqualTo("driving"));
            Assert.That(topic.GetProperty("level").GetString(), Is.EqualTo("topic"));
            Assert.That(topic.GetProperty("publishedQuestions").GetInt32(), Is.EqualTo(2));
            Assert.That(node.GetProperty("level").GetString(), Is.EqualTo("leaf"));
            Assert.That(node.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("path").GetString()),
                Is.EqualTo(new[] { "driving__signs__warning__shapes", "driving__signs__warning__colours" }));
        });
    }

    [Test]
    public async Task DeactivatedNodesDisappearForLearnersButNotForStaff()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync("law__traffic__speed__limits");
        await content.FacetAsync("law__traffic__parking__rules");
        await admin.PatchAsJsonAsync(Api.Route(UpdateHierarchyNodeRequest.For("law__traffic__parking")), new { active = false });
        var learner = await Api.LearnerAsync();

        var learnerNode = await learner.GetFromJsonAsync<JsonElement>(Api.Route(GetHierarchyNodeRequest.For("law__traffic")));
        var hidden = await learner.GetAsync(Api.Route(GetHierarchyNodeRequest.For("law__traffic__parking")));
        var staffNode = await admin.GetFromJsonAsync<JsonElement>(Api.Route(GetHierarchyNodeRequest.For("law__traffic")) + "?includeInactive=true");

        Assert.That(learnerNode.GetProperty("children").GetArrayLength(), Is.EqualTo(1));
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That(staffNode.GetProperty("children").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task ReorderingChangesTheOrderOfChildren()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync("a__b__c__one");
        await content.FacetAsync("a__b__c__two");

        var reorder = await admin.PostAsJsonAsync(Api.Route(ReorderHierarchyNodesRequest.Route), new { parentPath = "a__b__c", codes = new[] { "two", "one" } });
        var node = await admin.GetFromJsonAsync<JsonElement>(Api.Route(GetHierarchyNodeRequest.For("a__b__c")));

        Assert.That(reorder.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(node.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()), Is.EqualTo(new[] { "two", "one" }));
    }

    [TestCase("Bad Code")]
    [TestCase("two__parts")]
    [TestCase("_edge")]
    public async Task InvalidCodesAreFieldErrors(string code)
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route), new { code, name = "x" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty("code", out _), Is.True);
    }

    [Test]
    public async Task DuplicateSiblingCodeConflicts()
    {
        var admin = await Api.AdminAsync();
        await admin.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route), new { code = "math", name = "Math" });

        var again = await admin.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route), new { code = "math", name = "Maths" });

        await again.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Test]
    public async Task LearnersCannotEditTheHierarchy()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostAsJsonAsync(Api.Route(CreateHierarchyNodeRequest.Route), new { code = "mine", name = "Mine" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Test]
    public async Task UnchangedHierarchyAnswers304ToIfNoneMatch()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync("x__y__z__w");
        var learner = await Api.LearnerAsync();

        var first = await learner.GetAsync(Api.Route(GetHierarchyRequest.Route));
        var etag = first.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, Api.Route(GetHierarchyRequest.Route));
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await learner.SendAsync(again);

        await content.FacetAsync("x__y__z__v");
        var changed = new HttpRequestMessage(HttpMethod.Get, Api.Route(GetHierarchyRequest.Route));
        changed.Headers.IfNoneMatch.Add(etag);
        var modified = await learner.SendAsync(changed);

        Assert.Multiple(() =>
        {
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(modified.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(modified.Headers.ETag, Is.Not.EqualTo(etag));
        });
    }
}
