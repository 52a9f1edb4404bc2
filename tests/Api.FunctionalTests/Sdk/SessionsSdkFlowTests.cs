using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class SessionsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task LearnerFlowBrowseStartNextAnswerProgressCardsEnd()
    {
        var admin = NewAdmin();
        var bend = await SdkContent.PublishedMcqAsync(admin, "Which sign warns of a bend?", correct: "a");
        var stop = await SdkContent.PublishedMcqAsync(admin, "Which sign means stop?", correct: "b");
        var learner = await NewLearnerAsync("ada");

        var topic = (await learner.Hierarchy.GetHierarchyAsync()).Topics.Single();
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice, Scope = [topic.Path] });
        var next = await learner.Sessions.NextQuestionsAsync(session.Id, count: 5);
        var results = new List<AnswerResult>();
        foreach (var item in next.Items)
        {
            results.Add(await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest
            {
                ClientAttemptId = $"attempt-{item.Question.Id}",
                QuestionId = item.Question.Id,
                Selected = ["a"],
                TimeSpentMs = 6_000,
            }));
        }
        var running = await learner.Sessions.GetSessionAsync(session.Id);
        var progress = await learner.Progress.GetProgressAsync(topic.Path);
        var cards = await learner.Cards.ListCardsAsync(node: topic.Path);
        var summary = await learner.Sessions.EndSessionAsync(session.Id);
        var afterEnd = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Sessions.NextQuestionsAsync(session.Id));

        Assert.Multiple(() =>
        {
            Assert.That(topic.PublishedQuestions, Is.EqualTo(2));
            Assert.That(session.Mode, Is.EqualTo(SessionMode.Practice));
            Assert.That(session.Scope, Is.EqualTo(new[] { "driving" }));
            Assert.That(next.Items.Select(i => i.Question.Id), Is.EquivalentTo(new[] { bend.Id, stop.Id }));
            Assert.That(next.Items.Select(i => i.Reason), Is.All.EqualTo(StudyReason.New));
            Assert.That(next.Items[0].Question.Options.Select(o => o.Key), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(results.Single(r => r.QuestionId == bend.Id).Correct, Is.True);
            Assert.That(results.Single(r => r.QuestionId == stop.Id).Correct, Is.False);
            Assert.That(results.Single(r => r.QuestionId == stop.Id).CorrectKeys, Is.EqualTo(new[] { "b" }), "feedback after answering");
            Assert.That(results.Select(r => r.Grading), Is.All.EqualTo(GradingMethod.Options));
            Assert.That(results.Select(r => r.Card!.State), Is.All.Not.EqualTo(CardState.New));
            Assert.That((running.Answered, running.Correct), Is.EqualTo((2, 1)));
            Assert.That(progress.Node.Answered, Is.EqualTo(2));
            Assert.That(progress.Node.Seen, Is.EqualTo(2));
            Assert.That(progress.Node.Accuracy, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(cards.Items.Select(c => c.QuestionId), Is.EquivalentTo(new[] { bend.Id, stop.Id }));
            Assert.That((summary.Answered, summary.Correct), Is.EqualTo((2, 1)));
            Assert.That(afterEnd!.Code, Is.EqualTo("session_ended"));
        });
    }

    [Test]
    public async Task AMockTestOverAnEmptyScopeAndAnUnknownSessionAreTypedProblems()
    {
        var learner = await NewLearnerAsync("bea");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.MockTest, Scope = ["driving"] }));
        var missing = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Sessions.GetSessionAsync(Guid.NewGuid()));

        Assert.That(error!.Code, Is.EqualTo("nothing_to_study"));
        Assert.That(missing!.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
