using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class QuestionsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AuthorFlowDraftEditSubmitPublishThenLearnersSeeItWithoutTheAnswer()
    {
        var admin = NewAdmin();
        var learner = await NewLearnerAsync("leo");
        var draft = await SdkContent.DraftMcqAsync(admin, "Which shape warns of danger?");
        var hiddenDraft = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Questions.GetQuestionAsync(draft.Id));

        var edited = await admin.Questions.UpdateQuestionAsync(draft.Id, new UpdateQuestionRequest { Text = "Which shape warns of a hazard?" });
        var submitted = await admin.Questions.SubmitQuestionAsync(draft.Id);
        var published = await admin.Questions.PublishQuestionAsync(draft.Id);
        var asLearner = await learner.Questions.GetQuestionAsync(draft.Id);
        var asAdmin = await admin.Questions.GetQuestionAsync(draft.Id);

        Assert.Multiple(() =>
        {
            Assert.That(draft.Status, Is.EqualTo(QuestionStatus.Draft));
            Assert.That(hiddenDraft!.Status, Is.EqualTo(HttpStatusCode.NotFound), "learners never see drafts");
            Assert.That(edited.Text, Is.EqualTo("Which shape warns of a hazard?"));
            Assert.That(submitted.Status, Is.EqualTo(QuestionStatus.InReview));
            Assert.That(published.Status, Is.EqualTo(QuestionStatus.Published));
            Assert.That(asLearner.Text, Is.EqualTo("Which shape warns of a hazard?"));
            Assert.That(asLearner.Options!.Select(o => o.Key), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(asLearner.CorrectKeys, Is.Null, "no answer key for learners");
            Assert.That(asLearner.Explanation, Is.Null);
            Assert.That(asAdmin.CorrectKeys, Is.EqualTo(new[] { "a" }));
        });
    }

    [Test]
    public async Task ListSearchAndPageThroughPublishedQuestions()
    {
        var admin = NewAdmin();
        foreach (var text in new[] { "Triangle signs warn", "Round signs order", "Blue signs inform" })
            await SdkContent.PublishedMcqAsync(admin, text);
        await SdkContent.DraftMcqAsync(admin, "A draft about triangles");
        var learner = await NewLearnerAsync("lia");

        var first = await learner.Questions.ListQuestionsAsync(node: "driving", limit: 2);
        var second = await learner.Questions.ListQuestionsAsync(node: "driving", limit: 2, cursor: first.NextCursor);
        var search = await learner.Questions.ListQuestionsAsync(q: "triangle");
        var drafts = await admin.Questions.ListQuestionsAsync(status: "draft");

        Assert.Multiple(() =>
        {
            Assert.That(first.Total, Is.EqualTo(3), "learners count published questions only");
            Assert.That(first.Items, Has.Count.EqualTo(2));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(second.Items.Select(q => q.Id).ToList(), Has.Count.EqualTo(1).And.No.AnyOf(first.Items.Select(q => q.Id).ToArray()));
            Assert.That(second.NextCursor, Is.Null);
            Assert.That(search.Items.Select(q => q.Text), Is.EqualTo(new[] { "Triangle signs warn" }));
            Assert.That(drafts.Items.Select(q => q.Text), Is.EqualTo(new[] { "A draft about triangles" }));
        });
    }

    [Test]
    public async Task OnlyStaffWriteQuestionsAndOnlyAdminsPublishOrArchive()
    {
        var admin = NewAdmin();
        var published = await SdkContent.PublishedMcqAsync(admin, "Soon archived");
        var learner = await NewLearnerAsync("lex");

        var create = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            learner.Questions.CreateQuestionAsync(new CreateQuestionRequest { Path = SdkContent.Facet, Type = QuestionType.Mcq, Text = "Mine?" }));
        var publish = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Questions.PublishQuestionAsync(published.Id));
        var archived = await admin.Questions.ArchiveQuestionAsync(published.Id);
        var gone = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Questions.GetQuestionAsync(published.Id));

        Assert.Multiple(() =>
        {
            Assert.That(create!.Code, Is.EqualTo("forbidden"));
            Assert.That(publish!.Code, Is.EqualTo("forbidden"));
            Assert.That(archived.Status, Is.EqualTo(QuestionStatus.Archived));
            Assert.That(gone!.Code, Is.EqualTo("not_found"));
        });
    }
}
