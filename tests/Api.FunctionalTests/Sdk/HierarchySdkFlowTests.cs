using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class HierarchySdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AdminBuildsATreeThatALearnerBrowsesWithPublishedQuestionCounts()
    {
        var admin = NewAdmin();
        await SdkContent.PublishedMcqAsync(admin, "Which shape warns?");
        await SdkContent.DraftMcqAsync(admin, "Not published yet");
        var learner = await NewLearnerAsync("lea");

        var tree = await learner.Hierarchy.GetHierarchyAsync();
        var signs = await learner.Hierarchy.GetHierarchyNodeAsync("driving__signs");

        var topic = tree.Topics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(topic.Path, Is.EqualTo("driving"));
            Assert.That(topic.Level, Is.EqualTo(HierarchyLevel.Topic));
            Assert.That(topic.PublishedQuestions, Is.EqualTo(1), "drafts are not counted");
            Assert.That(topic.Children!.Single().Children!.Single().Children!.Single().Path, Is.EqualTo(SdkContent.Facet));
            Assert.That(signs.Name, Is.EqualTo("Signs"));
            Assert.That(signs.Children!.Select(c => c.Code), Is.EqualTo(new[] { "warning" }));
        });
    }

    [Test]
    public async Task RenameDeactivateAndReorderNodes()
    {
        var admin = NewAdmin();
        await SdkContent.FacetAsync(admin, "a__b__one");
        await SdkContent.FacetAsync(admin, "a__b__two");
        var learner = await NewLearnerAsync("lou");

        var renamed = await admin.Hierarchy.UpdateHierarchyNodeAsync("a__b__one", new UpdateHierarchyNodeRequest { Name = "First", Description = "The first leaf" });
        await admin.Hierarchy.ReorderHierarchyNodesAsync(new ReorderHierarchyNodesRequest { ParentPath = "a__b", Codes = ["two", "one"] });
        var reordered = await learner.Hierarchy.GetHierarchyNodeAsync("a__b");
        await admin.Hierarchy.UpdateHierarchyNodeAsync("a__b__two", new UpdateHierarchyNodeRequest { Active = false });
        var learnerView = await learner.Hierarchy.GetHierarchyNodeAsync("a__b");
        var adminView = await admin.Hierarchy.GetHierarchyNodeAsync("a__b", includeInactive: true);

        Assert.Multiple(() =>
        {
            Assert.That(renamed.Name, Is.EqualTo("First"));
            Assert.That(renamed.Description, Is.EqualTo("The first leaf"));
            Assert.That(reordered.Children!.Select(c => c.Code), Is.EqualTo(new[] { "two", "one" }));
            Assert.That(learnerView.Children!.Select(c => c.Code), Is.EqualTo(new[] { "one" }), "deactivated nodes are hidden from learners");
            Assert.That(adminView.Children!.Select(c => (c.Code, c.Active)), Is.EqualTo(new[] { ("two", (bool?)false), ("one", (bool?)true) }));
        });
    }

    [Test]
    public async Task LearnersCannotChangeTheTreeAndCodesAreUniqueAmongSiblings()
    {
        var admin = NewAdmin();
        await SdkContent.FacetAsync(admin, "driving");
        var learner = await NewLearnerAsync("liv");

        var forbidden = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            learner.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest { Code = "cooking", Name = "Cooking" }));
        var duplicate = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            admin.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest { Code = "driving", Name = "Again" }));
        var missing = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Hierarchy.GetHierarchyNodeAsync("nowhere"));

        Assert.Multiple(() =>
        {
            Assert.That(forbidden!.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(duplicate!.Code, Is.EqualTo("conflict"));
            Assert.That(missing!.Status, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
