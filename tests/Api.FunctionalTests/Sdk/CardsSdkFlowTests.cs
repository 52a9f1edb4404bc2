using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class CardsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task SuspendBuryMoveAndResetACard()
    {
        var (learner, card) = await LearnerWithOneCardAsync("cal");
        var due = DateTimeOffset.UtcNow.AddDays(3);

        var suspended = await learner.Cards.SuspendCardAsync(card.Id);
        var onlySuspended = await learner.Cards.ListCardsAsync(suspended: true);
        var unsuspended = await learner.Cards.UnsuspendCardAsync(card.Id);
        var buried = await learner.Cards.BuryCardAsync(card.Id);
        var moved = await learner.Cards.SetCardDueAsync(card.Id, new SetCardDueRequest { Due = due });
        var dueSoon = await learner.Cards.ListCardsAsync(dueBefore: due.AddHours(1));
        var dueEarlier = await learner.Cards.ListCardsAsync(dueBefore: due.AddHours(-1));
        var reset = await learner.Cards.ResetCardAsync(card.Id);
        var fresh = await learner.Cards.ListCardsAsync(state: CardState.New);

        Assert.Multiple(() =>
        {
            Assert.That(suspended.Suspended, Is.True);
            Assert.That(onlySuspended.Items.Select(c => c.Id), Is.EqualTo(new[] { card.Id }));
            Assert.That(unsuspended.Suspended, Is.False);
            Assert.That(buried.BuriedUntil, Is.GreaterThan(DateTimeOffset.UtcNow));
            Assert.That(moved.Due, Is.EqualTo(due).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(dueSoon.Items, Has.Count.EqualTo(1), "dueBefore travels as an ISO 8601 time");
            Assert.That(dueEarlier.Items, Is.Empty);
            Assert.That(reset.State, Is.EqualTo(CardState.New));
            Assert.That(fresh.Items.Select(c => c.Id), Is.EqualTo(new[] { card.Id }));
        });
    }

    [Test]
    public async Task UndoRestoresTheCardBeforeTheLastAnswerOnce()
    {
        var (learner, card) = await LearnerWithOneCardAsync("cyd");

        var undone = await learner.Cards.UndoAnswerAsync(card.Id);
        var again = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Cards.UndoAnswerAsync(card.Id));
        var read = await learner.Cards.GetCardAsync(card.Id);

        Assert.Multiple(() =>
        {
            Assert.That(card.Reps, Is.EqualTo(1));
            Assert.That(undone.State, Is.EqualTo(CardState.New));
            Assert.That(undone.Reps, Is.EqualTo(0));
            Assert.That(again!.Code, Is.EqualTo("nothing_to_undo"));
            Assert.That(read.State, Is.EqualTo(CardState.New));
        });
    }

    [Test]
    public async Task AnotherLearnersCardIsNotFound()
    {
        var (_, card) = await LearnerWithOneCardAsync("cat");
        var other = await NewLearnerAsync("cod");

        var error = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => other.Cards.GetCardAsync(card.Id));

        Assert.That(error!.Code, Is.EqualTo("not_found"));
    }

    private async Task<(AdaptiveLearningClient Learner, CardView Card)> LearnerWithOneCardAsync(string name)
    {
        var question = await SdkContent.PublishedMcqAsync(NewAdmin(), $"Question for {name}");
        var learner = await NewLearnerAsync(name);
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });
        var answer = await learner.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "first", QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 5_000 });
        return (learner, answer.Card!);
    }
}
