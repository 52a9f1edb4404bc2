using AdaptiveLearning.Api.Features.Progress.GetAbility;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class PlacementTests : LearningTestBase
{
    private const int MaxItems = 25;

    /// <summary>40 calibrated items (a = 2) with difficulties spread over [-3, 3] in four facets of one topic.</summary>
    private static async Task<List<long>> CalibratedBankAsync()
    {
        var ids = new List<long>();
        for (var facet = 0; facet < 4; facet++)
            ids.AddRange(await ContentSeed.QuestionsAsync($"math__algebra__basics__f{facet}",
                Enumerable.Range(0, 10).Select(i => ContentSeed.Mcq($"F{facet} Q{i}", "a")).ToList()));
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        for (var i = 0; i < ids.Count; i++)
            await connection.ExecuteAsync("UPDATE questions SET irt_a = 2, irt_b = @B, irt_c = 0, irt_calibrated = 1 WHERE id = @Id",
                new { B = -3 + 6.0 * ((i * 7) % ids.Count) / (ids.Count - 1), Id = ids[i] });
        return ids;
    }

    /// <summary>A simulated learner answers each offered item correctly with the Rasch-like probability of their true ability.</summary>
    private static async Task<(Guid Session, int Answered, int Correct)> SitAsync(HttpClient learner, double trueTheta, int seed)
    {
        var random = new Random(seed);
        var session = await learner.StartAsync(SessionMode.Placement, ["math"], new SessionLimits { QuestionCount = MaxItems });
        int answered = 0, correct = 0;
        while (true)
        {
            var next = await learner.NextAsync(session, 5);
            if (next.Count == 0)
                return (session, answered, correct);
            Assert.That(next, Has.Count.EqualTo(1), "a placement test offers one item at a time");
            Assert.That(next[0].Reason, Is.EqualTo(StudyReason.Placement));
            var id = next[0].Question.Id;
            var b = await ContentSeed.ScalarAsync("SELECT ROUND(irt_b * 1000) FROM questions WHERE id = @Id", new { Id = id }) / 1000.0;
            var right = random.NextDouble() < 1 / (1 + Math.Exp(-2 * (trueTheta - b)));
            await learner.AnswerAsync(session, id, selected: [right ? "a" : "b"]);
            answered++;
            correct += right ? 1 : 0;
            Assert.That(answered, Is.LessThanOrEqualTo(MaxItems), "the test stops at its item cap");
        }
    }

    [TestCase(2.0, 1)]
    [TestCase(-2.0, 2)]
    public async Task PlacementEstimatesAbilityOnTheRightSideAndCompletesBySeOrCap(double trueTheta, int seed)
    {
        await CalibratedBankAsync();
        var learner = await LearningApi.LearnerAsync("ada");

        var (session, answered, _) = await SitAsync(learner, trueTheta, seed);
        var view = await learner.SessionAsync(session);
        var placement = view.Placement!;
        var ability = (await learner.GetAsAsync<AbilityReport>(GetAbilityEndpoint.Route)).Topics[0];
        var afterwards = await learner.NextAsync(session);

        Assert.Multiple(() =>
        {
            Assert.That(placement.Complete, Is.True);
            Assert.That(view.EndedAt, Is.Not.Null, "a completed placement ends its session");
            Assert.That(placement.Administered, Is.EqualTo(answered));
            Assert.That(placement.StandardError <= 0.3 || answered == MaxItems, Is.True,
                $"stopped at SE {placement.StandardError} after {answered} items");
            Assert.That(Math.Sign(placement.Theta), Is.EqualTo(Math.Sign(trueTheta)));
            // The N(0, 1) prior and a bank of middling items pull extreme estimates toward 0.
            Assert.That(Math.Abs(placement.Theta - trueTheta), Is.LessThan(1.5));
            Assert.That(ability.Topic, Is.EqualTo("math"));
            Assert.That(Math.Sign(ability.Theta), Is.EqualTo(Math.Sign(trueTheta)));
            Assert.That(afterwards, Is.Empty);
        });
    }

    [Test]
    public async Task CompletedPlacementMarksCorrectAnswersKnownAndSetsFacetPriors()
    {
        await CalibratedBankAsync();
        var learner = await LearningApi.LearnerAsync("ada");
        var (_, answered, correct) = await SitAsync(learner, 1.0, 3);
        var userId = await ContentSeed.ScalarAsync("SELECT COUNT(*) FROM users WHERE username = 'ada'");

        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        var review = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = 'ada' AND c.state = 2 AND c.stability > 1");
        var stillNew = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM cards c JOIN users u ON u.id = c.user_id WHERE u.username = 'ada' AND c.state = 0");
        var priors = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM learner_facet_priors p JOIN users u ON u.id = p.user_id WHERE u.username = 'ada'");
        var progress = await learner.GetAsAsync<ProgressReport>(Features.Progress.GetProgress.GetProgressRequest.Route + "?node=math");

        Assert.Multiple(() =>
        {
            Assert.That(userId, Is.EqualTo(1));
            Assert.That(review, Is.EqualTo(correct), "every correctly answered question moved to review");
            Assert.That(stillNew, Is.EqualTo(answered - correct), "wrong answers stay new");
            Assert.That(priors, Is.InRange(1, 4));
            Assert.That(progress.Node.Mastery, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task PlacementOverAnEmptyScopeIsRefused()
    {
        var learner = await LearningApi.LearnerAsync("ada");
        var response = await learner.PostJsonAsync(Features.Sessions.StartSession.StartSessionRequest.Route,
            new Wire.StartSessionRequest { Mode = SessionMode.Placement, Scope = ["nothing__here"] });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "nothing_to_study");
    }
}
