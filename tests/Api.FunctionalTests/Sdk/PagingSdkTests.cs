using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>One <c>await foreach</c> reads a whole list, however many pages the server splits it into.</summary>
public sealed class PagingSdkTests : SdkTestBase
{
    [Test]
    public async Task ListAllQuestionsFollowsTheCursorToTheLastPage()
    {
        var admin = NewAdmin();
        var created = new List<long>();
        for (var i = 0; i < 5; i++)
            created.Add((await SdkContent.PublishedMcqAsync(admin, $"Paged question {i}")).Id);
        var learner = await NewLearnerAsync("pia");

        var seen = new List<long>();
        await foreach (var question in learner.Questions.ListAllAsync(new QuestionFilter { Node = "driving", PageSize = 2 }))
            seen.Add(question.Id);

        Assert.That(seen, Is.EquivalentTo(created));
        Assert.That(seen, Is.Unique);
    }

    [Test]
    public async Task ListAllCardsFollowsTheAfterCursorToTheLastPage()
    {
        var admin = NewAdmin();
        var questions = new List<Question>();
        for (var i = 0; i < 3; i++)
            questions.Add(await SdkContent.PublishedMcqAsync(admin, $"Card question {i}"));
        var learner = await NewLearnerAsync("pat");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });
        foreach (var question in questions)
            await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest { QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 3_000 });

        var cards = new List<CardView>();
        await foreach (var card in learner.Cards.ListAllAsync(new CardFilter { PageSize = 2 }))
            cards.Add(card);

        Assert.That(cards.Select(c => c.QuestionId), Is.EquivalentTo(questions.Select(q => q.Id)));
    }

    [Test]
    public async Task StoppingEarlyFetchesNoFurtherPage()
    {
        var admin = NewAdmin();
        for (var i = 0; i < 3; i++)
            await SdkContent.PublishedMcqAsync(admin, $"Lazy question {i}");
        var counter = new FailFirstHandler(HttpMethod.Get, failures: 0);
        var learner = await NewLearnerAsync("pip");
        var counted = NewClient("pip", Password, wrap: counter.Wrap);

        await foreach (var _ in counted.Questions.ListAllAsync(new QuestionFilter { PageSize = 1 }))
            break;

        Assert.That(counter.Attempts, Is.EqualTo(1));
    }
}
