using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Client.Models;

using CreateHierarchyNodeRequest = AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode.CreateHierarchyNodeRequest;
using HierarchyResponse = AdaptiveLearning.Client.Models.HierarchyResponse;
using ReorderHierarchyNodesRequest = AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes.ReorderHierarchyNodesRequest;
using UpdateHierarchyNodeRequest = AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode.UpdateHierarchyNodeRequest;
using Wire = AdaptiveLearning.Client.Models;

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

        var tree = await learner.GetAsAsync<HierarchyResponse>(GetHierarchyRequest.Route);
        var node = await learner.GetAsAsync<HierarchyNode>(GetHierarchyNodeRequest.For("driving__signs__warning"));

        var topic = tree.Topics[0];
        Assert.Multiple(() =>
        {
            Assert.That(topic.Path, Is.EqualTo("driving"));
            Assert.That(topic.Level, Is.EqualTo(HierarchyLevel.Topic));
            Assert.That(topic.PublishedQuestions, Is.EqualTo(2));
            Assert.That(node.Level, Is.EqualTo(HierarchyLevel.Leaf));
            Assert.That(node.Children?.Select(c => c.Path),
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
        await admin.PatchAsAsync<HierarchyNode>(UpdateHierarchyNodeRequest.For("law__traffic__parking"), new Wire.UpdateHierarchyNodeRequest { Active = false });
        var learner = await Api.LearnerAsync();

        var learnerNode = await learner.GetAsAsync<HierarchyNode>(GetHierarchyNodeRequest.For("law__traffic"));
        var hidden = await learner.GetAsync(Api.Route(GetHierarchyNodeRequest.For("law__traffic__parking")));
        var staffNode = await admin.GetAsAsync<HierarchyNode>(GetHierarchyNodeRequest.For("law__traffic") + "?includeInactive=true");

        Assert.That(learnerNode.Children, Has.Count.EqualTo(1));
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That(staffNode.Children, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ReorderingChangesTheOrderOfChildren()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync("a__b__c__one");
        await content.FacetAsync("a__b__c__two");

        var reorder = await admin.PostJsonAsync(ReorderHierarchyNodesRequest.Route,
            new Wire.ReorderHierarchyNodesRequest { ParentPath = "a__b__c", Codes = ["two", "one"] });
        var node = await admin.GetAsAsync<HierarchyNode>(GetHierarchyNodeRequest.For("a__b__c"));

        Assert.That(reorder.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(node.Children?.Select(c => c.Code), Is.EqualTo(new[] { "two", "one" }));
    }

    [TestCase("Bad Code")]
    [TestCase("two__parts")]
    [TestCase("_edge")]
    public async Task InvalidCodesAreFieldErrors(string code)
    {
        var admin = await Api.AdminAsync();

        var response = await admin.PostJsonAsync(CreateHierarchyNodeRequest.Route, new Wire.CreateHierarchyNodeRequest { Code = code, Name = "x" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("code"));
    }

    [Test]
    public async Task DuplicateSiblingCodeConflicts()
    {
        var admin = await Api.AdminAsync();
        await admin.PostJsonAsync(CreateHierarchyNodeRequest.Route, new Wire.CreateHierarchyNodeRequest { Code = "math", Name = "Math" });

        var again = await admin.PostJsonAsync(CreateHierarchyNodeRequest.Route, new Wire.CreateHierarchyNodeRequest { Code = "math", Name = "Maths" });

        await again.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Test]
    public async Task LearnersCannotEditTheHierarchy()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PostJsonAsync(CreateHierarchyNodeRequest.Route, new Wire.CreateHierarchyNodeRequest { Code = "mine", Name = "Mine" });

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
