using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Leaderboards;

namespace AdaptiveLearning.Application.Users.UpdateMe;

internal sealed class UpdateMeHandler(IUserRepository users, ILeaderboards leaderboards) : IHandler<UpdateMeCommand, UserProfile>
{
    public async Task<UserProfile> HandleAsync(UpdateMeCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        if (request.TimeZone is { } zone)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                throw ProblemException.Field("timeZone", $"'{zone}' is not an IANA time zone.");
            user.TimeZone = zone;
        }
        user.DisplayName = request.DisplayName ?? user.DisplayName;
        user.Language = request.Language ?? user.Language;
        if (request.Settings is { } s)
        {
            user.Settings = user.Settings with
            {
                Scheduler = s.Scheduler ?? user.Settings.Scheduler,
                DesiredRetention = s.DesiredRetention ?? user.Settings.DesiredRetention,
                DailyNewLimit = s.DailyNewLimit ?? user.Settings.DailyNewLimit,
                DailyReviewLimit = s.DailyReviewLimit ?? user.Settings.DailyReviewLimit,
                DayStartHour = s.DayStartHour ?? user.Settings.DayStartHour,
                MaximumIntervalDays = s.MaximumIntervalDays ?? user.Settings.MaximumIntervalDays,
                SuspendLeeches = s.SuspendLeeches ?? user.Settings.SuspendLeeches,
                LeaderboardVisible = s.LeaderboardVisible ?? user.Settings.LeaderboardVisible,
            };
        }
        await users.SaveAsync(user, ct);
        // Hiding (or showing) oneself takes effect on the boards' next read.
        if (request.Settings?.LeaderboardVisible is not null)
            leaderboards.MarkChanged(user.Id);
        return UserProfile.From(user);
    }
}
