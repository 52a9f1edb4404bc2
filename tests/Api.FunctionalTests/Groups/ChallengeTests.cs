using AdaptiveLearning.Api.Features.Groups;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Groups;

/// <summary>Issue #16's Done-when: a group challenge runs from creation to result.</summary>
public sealed class ChallengeTests : LearningTestBase
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [SetUp]
    public void StopTheClock() => Clock.UtcNow = Start;

    [Test]
    public async Task AGroupChallengeRunsFromCreationToItsResult()
    {
        var questions = await SocialClients.QuestionsAsync(5);
        var (owner, _) = await SocialClients.LearnerAsync("owner", "Olive");
        var (ann, _) = await SocialClients.LearnerAsync("ann", "Ann");
        var (ben, _) = await SocialClients.LearnerAsync("ben", "Ben");
        var (shy, _) = await SocialClients.LearnerAsync("shy", "Shy");
        var group = await SocialClients.CreateGroupAsync(owner);
        foreach (var member in new[] { ann, ben, shy })
            await SocialClients.JoinAsync(member, group.InviteCode!);
        await shy.PatchAsAsync<UserProfile>(UpdateMeRequest.Route, new { settings = new { leaderboardVisible = false } });
        // Answers before the start do not count.
        await SocialClients.AnswerAsync(owner, questions);

        Clock.UtcNow = Start.AddMinutes(10);
        var created = await ann.PostJsonAsync(GroupRequest.ChallengesFor(group.Id), new
        {
            name = "Most right answers", metric = "correct_answers", startsAt = Start.AddMinutes(5), endsAt = Start.AddHours(2),
        });
        var challenge = await created.ReadAsAsync<ChallengeView>(HttpStatusCode.Created);
        await SocialClients.AnswerAsync(ann, questions.Take(3));
        await SocialClients.AnswerAsync(ben, questions.Take(2));
        await SocialClients.AnswerAsync(ben, questions.Skip(2), right: false);
        await SocialClients.AnswerAsync(shy, questions);
        var running = await ben.GetAsAsync<ChallengeView>(ChallengeRequest.For(group.Id, challenge.Id));

        Clock.UtcNow = Start.AddHours(3);
        // After the end nothing counts any more, however much is answered.
        await SocialClients.AnswerAsync(ben, questions);
        var ended = await owner.GetAsAsync<ChallengeView>(ChallengeRequest.For(group.Id, challenge.Id));
        var again = await ann.GetAsAsync<ChallengeView>(ChallengeRequest.For(group.Id, challenge.Id));
        var listed = await ben.GetAsAsync<List<ChallengeView>>(GroupRequest.ChallengesFor(group.Id));
        var events = await ContentSeed.ScalarAsync("SELECT COUNT(*) FROM outbox_events WHERE type = 'challenge.ended' AND aggregate = @Aggregate",
            new { Aggregate = $"challenge/{challenge.Id}" });

        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location!.ToString(), Does.EndWith(ChallengeRequest.For(group.Id, challenge.Id)));
            Assert.That(challenge.Status, Is.EqualTo(ChallengeStatus.Running));
            Assert.That(running.Standings!.Select(s => (s.Rank, s.DisplayName, s.Points)),
                Is.EqualTo(new[] { (1, "Ann", 3L), (2, "Ben", 2L), (3, "Olive", 0L) }), "the hidden member is not on the board");
            Assert.That(running.Standings!.Single(s => s.IsMe).DisplayName, Is.EqualTo("Ben"));
            Assert.That(running.Winners, Is.Null, "no winner while it runs");
            Assert.That(ended.Status, Is.EqualTo(ChallengeStatus.Ended));
            Assert.That(ended.EndedAt, Is.EqualTo(Start.AddHours(3)));
            Assert.That(ended.Standings!.Select(s => (s.DisplayName, s.Points)), Is.EqualTo(new[] { ("Ann", 3L), ("Ben", 2L), ("Olive", 0L) }));
            Assert.That(ended.Winners, Is.EqualTo(new[] { "Ann" }));
            Assert.That(again.Standings!.Select(s => s.Points), Is.EqualTo(ended.Standings!.Select(s => s.Points)), "the result is frozen");
            Assert.That(listed.Single().Status, Is.EqualTo(ChallengeStatus.Ended));
            Assert.That(events, Is.EqualTo(1), "challenge.ended is emitted once, however often the result is read");
        });
    }

    [Test]
    public async Task APointsChallengeCountsTheLedgerWithinItsScope()
    {
        var inScope = await SocialClients.QuestionsAsync(2);
        var elsewhere = await ContentSeed.QuestionsAsync("other__quiz__basics__facts", [ContentSeed.Mcq("Elsewhere?", "a")]);
        var (owner, _) = await SocialClients.LearnerAsync("owner", "Olive");
        var group = await SocialClients.CreateGroupAsync(owner);
        var challenge = await owner.PostAsAsync<ChallengeView>(GroupRequest.ChallengesFor(group.Id), new
        {
            name = "Social points", metric = "points", scope = new[] { "social" }, startsAt = Start, endsAt = Start.AddDays(7),
        }, HttpStatusCode.Created);
        await SocialClients.AnswerAsync(owner, elsewhere);
        var before = await owner.GetAsAsync<ChallengeView>(ChallengeRequest.For(group.Id, challenge.Id));
        await SocialClients.AnswerAsync(owner, inScope);
        var after = await owner.GetAsAsync<ChallengeView>(ChallengeRequest.For(group.Id, challenge.Id));
        var total = await SocialClients.LedgerTotalAsync(owner);

        Assert.Multiple(() =>
        {
            Assert.That(before.Standings!.Single().Points, Is.Zero, "answers outside the scope (and their day bonus) do not count");
            Assert.That(after.Standings!.Single().Points, Is.GreaterThan(0).And.LessThan(total));
        });
    }

    [Test]
    public async Task ABadChallengeIsRefusedWithItsFieldOrRule()
    {
        var (owner, _) = await SocialClients.LearnerAsync("owner");
        var group = await SocialClients.CreateGroupAsync(owner);
        Task<HttpResponseMessage> Create(object body) => owner.PostJsonAsync(GroupRequest.ChallengesFor(group.Id), body);

        var backwards = await (await Create(new { name = "X", metric = "points", startsAt = Start, endsAt = Start.AddHours(-1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var noMetric = await (await Create(new { name = "X", startsAt = Start, endsAt = Start.AddHours(1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var past = await (await Create(new { name = "X", metric = "answers", startsAt = Start.AddDays(-2), endsAt = Start.AddDays(-1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var badPath = await (await Create(new { name = "X", metric = "answers", scope = new[] { "not a path!" }, startsAt = Start, endsAt = Start.AddDays(1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await Create(new { name = "X", metric = "answers", scope = new[] { "nowhere" }, startsAt = Start, endsAt = Start.AddDays(1) }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "nothing_to_study");

        Assert.Multiple(async () =>
        {
            Assert.That(backwards.FieldErrors(), Does.Contain("endsAt"));
            Assert.That(noMetric.FieldErrors(), Does.Contain("metric"));
            Assert.That(past.FieldErrors(), Does.Contain("endsAt"));
            Assert.That(badPath.FieldErrors(), Does.Contain("scope"));
            Assert.That(await owner.GetAsAsync<List<ChallengeView>>(GroupRequest.ChallengesFor(group.Id)), Is.Empty);
        });
    }
}
