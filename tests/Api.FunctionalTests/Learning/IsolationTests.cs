using AdaptiveLearning.Api.Features.Cards.ListCards;
using AdaptiveLearning.Api.Features.Cards.SuspendCard;
using AdaptiveLearning.Api.Features.Cards;
using AdaptiveLearning.Api.Features.Progress.GetDashboard;
using AdaptiveLearning.Api.Features.Sessions;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class IsolationTests : LearningTestBase
{
    [Test]
    public async Task ALearnerNeverSeesAnotherLearnersSessionsCardsOrProgress()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Q", "a"));
        var owner = await LearningApi.LearnerAsync("owner");
        var intruder = await LearningApi.LearnerAsync("intruder");
        var session = await owner.StartAsync(SessionMode.Practice);
        var card = (await owner.AnswerAsync(session, question, selected: ["a"])).Card!.Id;
        var intruderSession = await intruder.StartAsync(SessionMode.Practice);

        var responses = new[]
        {
            await intruder.GetAsync(Api.Route(SessionRequest.For(session))),
            await intruder.PostJsonAsync(SessionRequest.EndFor(session), new { }),
            await intruder.GetAsync(Api.Route(Features.Sessions.NextQuestions.NextQuestionsRequest.For(session, 1))),
            await intruder.SendAnswerAsync(session, question, selected: ["a"]),
            await intruder.GetAsync(Api.Route(CardRequest.For(card))),
            await intruder.PostJsonAsync(CardRequest.For(card, SuspendCardEndpoint.Action), new { }),
        };
        var theirCards = await intruder.GetAsAsync<CardPage>(ListCardsRequest.Route);
        var theirDashboard = await intruder.GetAsAsync<Dashboard>(GetDashboardEndpoint.Route);
        var ownerCounts = await owner.SessionAsync(session);
        var intruderNext = await intruder.NextAsync(intruderSession);

        foreach (var response in responses)
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That(theirCards.Items, Is.Empty);
            Assert.That(theirDashboard.Overall.Seen, Is.Zero);
            Assert.That(theirDashboard.Overall.Answered, Is.Zero);
            Assert.That(ownerCounts.Answered, Is.EqualTo(1), "the intruder's answer went nowhere");
            Assert.That(intruderNext[0].Reason, Is.EqualTo(StudyReason.New), "the owner's card is not the intruder's");
        });
    }

    [Test]
    public async Task LearningRoutesNeedALogin()
    {
        var anonymous = LearningApi.Factory.CreateClient();

        var response = await anonymous.GetAsync(Api.Route(ListCardsRequest.Route));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
