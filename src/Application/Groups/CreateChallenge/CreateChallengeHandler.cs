using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.CreateChallenge;

/// <summary>Any member may challenge the group; a challenge may not end in the past.</summary>
internal sealed class CreateChallengeHandler(GroupAccess access, IChallengeRepository challenges, IGoalScopeQueries scopes, IClock clock)
    : IHandler<CreateChallengeCommand, ChallengeView>
{
    public async Task<ChallengeView> HandleAsync(CreateChallengeCommand request, CancellationToken ct)
    {
        await access.ForMemberAsync(request.UserId, request.GroupId, ct);
        var now = clock.UtcNow;
        if (request.EndsAt <= now)
            throw ProblemException.Field("endsAt", "A challenge must end in the future.");
        var scope = GoalRules.NormalisedScope(request.Scope);
        if (scope.Count > 0 && await scopes.PublishedCountAsync(scope, ct) == 0)
            throw new ProblemException(Problems.NothingToStudy, "The challenge's scope holds no published questions.");
        var challenge = new GroupChallenge(Guid.NewGuid(), request.GroupId, request.Name.Trim(), request.Metric, scope, request.StartsAt,
            request.EndsAt, request.UserId, now, null, null);
        await challenges.AddAsync(challenge, ct);
        return ChallengeView.Of(challenge, now, [], request.UserId);
    }
}
