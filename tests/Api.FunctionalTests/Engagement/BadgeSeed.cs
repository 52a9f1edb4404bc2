using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

using CreateBadgeRoute = AdaptiveLearning.Api.Features.Badges.CreateBadge.CreateBadgeRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>Badges made through the admin route (the database reset between tests removes the seeded defaults).</summary>
internal static class BadgeSeed
{
    public static CreateBadgeRequest Badge(string key, string metric, double threshold, int? minAnswers = null) => new()
    {
        Key = key, Name = $"Badge {key}", Description = $"Reach {threshold} {metric}.", Icon = "star", Category = "test", Rarity = "rare",
        Criteria = new BadgeCriteriaRequest { Metric = metric, Threshold = threshold, MinAnswers = minAnswers },
    };

    public static async Task CreateAsync(params CreateBadgeRequest[] badges)
    {
        var admin = await LearningApi.AdminAsync();
        foreach (var badge in badges)
            await admin.PostAsAsync<BadgeView>(CreateBadgeRoute.Route, badge, HttpStatusCode.Created);
    }

    /// <summary>badge.earned events in the outbox per badge, by key.</summary>
    public static async Task<IReadOnlyList<(string Badge, long Count)>> EarnedEventsAsync(Guid userId)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        return (await connection.QueryAsync<(string, long)>("""
            SELECT JSON_VALUE(payload, '$.badge'), COUNT(*) FROM outbox_events
            WHERE type = 'badge.earned' AND user_id = @UserId GROUP BY JSON_VALUE(payload, '$.badge') ORDER BY 1
            """, new { UserId = userId.ToString() })).ToList();
    }
}
