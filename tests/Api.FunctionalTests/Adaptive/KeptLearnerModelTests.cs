using System.Globalization;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;
using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Infrastructure.Adaptive;
using Microsoft.Extensions.DependencyInjection;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

/// <summary>
/// Issue #12: a learner's adaptive state is kept between requests and advanced by the answers stored since, instead of
/// replaying the attempt log on every request. Property: after any sequence of answer batches (in order, uploaded late
/// from an offline client, repeated), undos and retraining, the kept state equals a replay of the whole log, and it was
/// caught up, not replayed, whenever only newer answers arrived.
/// </summary>
public sealed class KeptLearnerModelTests : PrivateModelHostTestBase
{
    private static readonly string[] Facets = ["kept__alpha__one__first", "kept__alpha__one__second", "kept__beta__two__third"];
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task TheKeptStateEqualsAReplayOfTheLogAfterEveryChange(int seed)
    {
        var random = new Random(seed);
        var items = new List<(long Question, long Facet)>();
        foreach (var facet in Facets)
        {
            var ids = await ContentSeed.QuestionsAsync(facet, [.. Enumerable.Range(0, 8).Select(i => ContentSeed.Mcq($"{facet} {i}", "a"))]);
            var facetId = await ContentSeed.NodeAsync(facet);
            items.AddRange(ids.Select(id => (id, facetId)));
        }

        var questions = items.Select(i => i.Question).ToList();
        List<string> Describe(LearnerModel model) => Description(model, items);
        await AttemptSeed.RaschLogAsync(questions, learners: 25, seed: seed);
        var admin = await Api.AdminAsync(Host);
        var learner = await Api.LearnerAsync("ada", Host);
        var userId = (await learner.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route)).Id;
        var models = Host.Services.GetRequiredService<LearnerModelCache>();
        var answeredAt = Clock.UtcNow.AddDays(-30);
        var cards = new List<long>();
        var appendsCaughtUp = 0;
        List<Wire.BatchAnswer> batch = [];

        for (var step = 0; step < 14; step++)
        {
            var replaysBefore = models.Replays;
            var change = step == 0 ? "answers" : step == 6 ? "retrain" : random.NextDouble() switch
            {
                < 0.55 => "answers",
                < 0.75 => "late answers",
                < 0.90 => "undo",
                _ => "repeat",
            };
            switch (change)
            {
                case "retrain":
                    Assert.That((await ModelTraining.TrainAsync(admin)).Status, Is.EqualTo(Wire.TrainingJobStatus.Succeeded));
                    break;
                case "undo" when cards.Count > 0:
                    var card = cards[random.Next(cards.Count)];
                    await learner.ChangeCardAsync(card, UndoAnswerEndpoint.Action);
                    cards.Remove(card);
                    break;
                case "repeat" when batch.Count > 0:
                    // A client retrying a batch it already sent: every answer is a duplicate, nothing changes.
                    Assert.That((await learner.PostAsAsync<Wire.AnswerBatchResult>(SubmitAnswerBatchRequest.Route,
                        new Wire.SubmitAnswerBatchRequest { Answers = batch })).Duplicates, Is.EqualTo(batch.Count));
                    break;
                default:
                    var late = change == "late answers";
                    batch = Enumerable.Range(0, random.Next(1, 7)).Select(_ =>
                    {
                        answeredAt = answeredAt.AddMinutes(random.Next(1, 90));
                        return new Wire.BatchAnswer
                        {
                            ClientAttemptId = Guid.NewGuid().ToString(), QuestionId = questions[random.Next(questions.Count)],
                            Selected = [random.NextDouble() < 0.6 ? "a" : "b"], TimeSpentMs = 9000,
                            // An offline client uploads answers given before ones the server already has.
                            AnsweredAt = late ? answeredAt.AddDays(-3) : answeredAt,
                        };
                    }).ToList();
                    var result = await learner.PostAsAsync<Wire.AnswerBatchResult>(SubmitAnswerBatchRequest.Route,
                        new Wire.SubmitAnswerBatchRequest { Answers = batch });
                    cards.AddRange(result.Items.Where(i => i.Result?.Card is not null).Select(i => i.Result!.Card!.Id));
                    break;
            }

            var kept = await models.UseAsync(userId, m => Task.FromResult(Describe(m)), CancellationToken.None);
            var replayed = Describe(await ReplayAsync(userId));
            Assert.That(kept, Is.EqualTo(replayed), $"step {step} ({change})");
            if (change == "answers" && step > 0)
            {
                Assert.That(models.Replays, Is.EqualTo(replaysBefore), $"step {step}: newer answers are caught up, not replayed");
                appendsCaughtUp++;
            }
        }

        Assert.That(appendsCaughtUp, Is.GreaterThan(2), "the sequence exercised catching up");
        Assert.That(await models.UseAsync(userId, m => Task.FromResult(m.Predictor?.ModelVersion), CancellationToken.None), Is.EqualTo(1),
            "the state follows the retrained model");
    }

    private async Task<LearnerModel> ReplayAsync(Guid userId)
    {
        var services = Host.Services;
        var predictor = services.GetRequiredService<ICorrectnessPredictor>();
        var basis = new LearnerModelBasis(services.GetRequiredService<IContentGeneration>().Current, predictor.ServedVersion);
        return LearnerModel.Replay(await services.GetRequiredService<IAdaptiveQueries>().EvidenceAsync(userId, CancellationToken.None),
            basis, predictor.StartLearner());
    }

    /// <summary>Everything the state serves, printed exactly (round-trip doubles), so two states compare as text.</summary>
    private static List<string> Description(LearnerModel model, IReadOnlyList<(long Question, long Facet)> items)
    {
        static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        var at = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var knowledge = model.Knowledge;
        var lines = new List<string> { $"answers {knowledge.Answers}" };
        lines.AddRange(knowledge.KnownByFacetPath().OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"known {k.Key} {R(k.Value)}"));
        lines.AddRange(knowledge.Abilities.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"theta {a.Key} {R(a.Value.Estimate().Theta)} {R(a.Value.Estimate().StandardError)} {a.Value.Responses}"));
        foreach (var (question, facet) in items)
        {
            var predicted = model.Predictor?.Predict(question, facet, at);
            lines.Add($"item {question} seen {knowledge.TimesAnswered(question)} known {R(knowledge.Known(facet))} " +
                      $"p {(predicted is null ? "-" : R(predicted.Probability))} " +
                      string.Join(",", predicted?.Factors.Select(f => $"{f.Feature}={R(f.Value)}") ?? []));
        }

        return lines;
    }
}
