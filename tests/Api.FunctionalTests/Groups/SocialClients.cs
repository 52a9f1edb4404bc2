using CreateGroupRequest = AdaptiveLearning.Api.Features.Groups.CreateGroup.CreateGroupRequest;
using JoinGroupRequest = AdaptiveLearning.Api.Features.Groups.JoinGroup.JoinGroupRequest;
using AdaptiveLearning.Api.Features.Users.GetPoints;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Client.Models;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Groups;

/// <summary>Learners with display names, groups, and the boards' Redis keys for the leaderboard and group tests.</summary>
internal static class SocialClients
{
    public const string Facet = "social__quiz__basics__facts";
    private const string BoardKeys = "api-tests:leaderboard:*";

    public static async Task<(HttpClient Client, Guid Id)> LearnerAsync(string name, string? displayName = null)
    {
        var client = await LearningApi.LearnerAsync(name);
        await client.PatchAsAsync<UserProfile>(UpdateMeRequest.Route, new { displayName = displayName ?? name.ToUpperInvariant() });
        return (client, await SecurityClients.UserIdAsync(name));
    }

    public static Task<IReadOnlyList<long>> QuestionsAsync(int count) =>
        ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, count).Select(i => ContentSeed.Mcq($"Social {i}?", "a")).ToList());

    /// <summary>Answers each question once in a practice session: right (<c>a</c>) or wrong (<c>b</c>).</summary>
    public static async Task AnswerAsync(HttpClient learner, IEnumerable<long> questions, bool right = true)
    {
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var question in questions)
            await learner.AnswerAsync(session, question, selected: [right ? "a" : "b"]);
    }

    public static async Task<long> LedgerTotalAsync(HttpClient learner) => (await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route)).Total;

    public static Task<GroupView> CreateGroupAsync(HttpClient owner, string name = "Study buddies") =>
        owner.PostAsAsync<GroupView>(CreateGroupRequest.Route, new { name }, HttpStatusCode.Created);

    public static Task<GroupView> JoinAsync(HttpClient learner, string code) =>
        learner.PostAsAsync<GroupView>(JoinGroupRequest.Route, new { inviteCode = code });

    /// <summary>What losing Redis does to the boards: every leaderboard key of this host's prefix is gone.</summary>
    public static async Task FlushBoardsAsync()
    {
        var redis = LearningApi.Factory.Services.GetRequiredService<IConnectionMultiplexer>();
        foreach (var endpoint in redis.GetEndPoints())
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: BoardKeys))
                await redis.GetDatabase().KeyDeleteAsync(key);
    }
}
