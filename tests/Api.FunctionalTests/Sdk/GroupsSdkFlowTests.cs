using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Groups, a challenge and a group leaderboard through the SDK, as a study app's social screen would use them.</summary>
public sealed class GroupsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task LearnersFormAGroupChallengeEachOtherAndReadTheirBoard()
    {
        var admin = NewAdmin();
        var question = await SdkContent.PublishedMcqAsync(admin, "Which sign warns?");
        var owner = await NewLearnerAsync("sdk-owner");
        var member = await NewLearnerAsync("sdk-member");
        var stranger = await NewLearnerAsync("sdk-stranger");

        var group = await owner.Groups.CreateGroupAsync(new CreateGroupRequest { Name = "SDK club" });
        var joined = await member.Groups.JoinGroupAsync(new JoinGroupRequest { InviteCode = group.InviteCode! });
        var badCode = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            stranger.Groups.JoinGroupAsync(new JoinGroupRequest { InviteCode = "NOPE-NOPE-NOPE" }));
        var challenge = await member.Groups.CreateChallengeAsync(group.Id, new CreateChallengeRequest
        {
            Name = "Answers today", Metric = ChallengeMetric.Answers, Scope = [],
            StartsAt = DateTimeOffset.UtcNow.AddMinutes(-1), EndsAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        var session = await member.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice, Scope = ["driving"] });
        await member.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "g1", QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 7_000 });

        var standings = await owner.Groups.GetChallengeAsync(group.Id, challenge.Id);
        var challenges = await member.Groups.ListChallengesAsync(group.Id);
        var board = await owner.Leaderboards.GetLeaderboardAsync(LeaderboardPeriod.Week, groupId: group.Id, limit: 5);
        var shared = await member.Groups.UpdateMembershipAsync(group.Id, new UpdateMembershipRequest { SharesProgress = true });
        var hidden = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => stranger.Groups.GetGroupAsync(group.Id));
        await member.Groups.RemoveGroupMemberAsync(group.Id, joined.Members!.Single(m => m.Role == GroupRole.Member).UserId);
        var afterLeaving = await owner.Groups.GetGroupAsync(group.Id);
        await owner.Groups.DeleteGroupAsync(group.Id);
        var mine = await owner.Groups.ListGroupsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(joined.MemberCount, Is.EqualTo(2));
            Assert.That(badCode!.Code, Is.EqualTo(ErrorCodes.InvalidInviteCode));
            Assert.That(standings.Standings!.Select(s => (s.Rank, s.Points)), Is.EqualTo(new[] { (1, 1L), (2, 0L) }));
            Assert.That(challenges.Single().Status, Is.EqualTo(ChallengeStatus.Running));
            Assert.That(board.Entries.Select(e => e.Points), Is.EqualTo(new[] { 28L }), "the member's points; the owner has none");
            Assert.That(board.Me, Is.Null);
            Assert.That(shared.SharesProgress, Is.True);
            Assert.That(hidden!.Code, Is.EqualTo(ErrorCodes.NotFound), "a group I am not in does not exist for me");
            Assert.That(afterLeaving.MemberCount, Is.EqualTo(1));
            Assert.That(mine, Is.Empty);
        });
    }
}
