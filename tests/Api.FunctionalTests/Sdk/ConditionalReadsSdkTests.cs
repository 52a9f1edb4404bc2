using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>A client holding a current copy asks with its ETag and gets "not modified" instead of the body again.</summary>
public sealed class ConditionalReadsSdkTests : SdkTestBase
{
    [Test]
    public async Task TheHierarchyIsNotSentAgainUntilItChanges()
    {
        var admin = NewAdmin();
        await SdkContent.FacetAsync(admin);
        var learner = await NewLearnerAsync("eta");

        var first = await learner.GetHierarchyIfChangedAsync(null);
        var again = await learner.GetHierarchyIfChangedAsync(first.ETag);
        await admin.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest { Code = "cooking", Name = "Cooking" });
        var changed = await learner.GetHierarchyIfChangedAsync(first.ETag);

        Assert.Multiple(() =>
        {
            Assert.That(first.IsNotModified, Is.False);
            Assert.That(first.ETag, Is.Not.Null.And.Not.Empty);
            Assert.That(first.Value!.Topics, Has.Count.EqualTo(1));
            Assert.That(again.IsNotModified, Is.True);
            Assert.That(again.Value, Is.Null);
            Assert.That(changed.IsNotModified, Is.False);
            Assert.That(changed.Value!.Topics, Has.Count.EqualTo(2));
            Assert.That(changed.ETag, Is.Not.EqualTo(first.ETag));
        });
    }

    [Test]
    public async Task ANodeAndAQuestionHonourTheirETagsToo()
    {
        var admin = NewAdmin();
        var question = await SdkContent.PublishedMcqAsync(admin, "Conditional question");
        var learner = await NewLearnerAsync("eli");

        var node = await learner.GetHierarchyNodeIfChangedAsync("driving__signs", null);
        var nodeAgain = await learner.GetHierarchyNodeIfChangedAsync("driving__signs", node.ETag);
        var read = await learner.GetQuestionIfChangedAsync(question.Id, null);
        var readAgain = await learner.GetQuestionIfChangedAsync(question.Id, read.ETag);

        Assert.That((node.IsNotModified, nodeAgain.IsNotModified), Is.EqualTo((false, true)));
        Assert.That((read.IsNotModified, readAgain.IsNotModified), Is.EqualTo((false, true)));
        Assert.That(read.Value!.Id, Is.EqualTo(question.Id));
    }

    [Test]
    public async Task AMissingQuestionIsStillNotFound()
    {
        var learner = await NewLearnerAsync("eve");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.GetQuestionIfChangedAsync(987_654, "\"stale\""));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.NotFound));
    }
}
