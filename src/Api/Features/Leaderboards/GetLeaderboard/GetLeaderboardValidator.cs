using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Leaderboards.GetLeaderboard;

internal sealed class GetLeaderboardValidator : Validator<GetLeaderboardRequest>
{
    public GetLeaderboardValidator()
    {
        RuleFor(r => r.Period).IsInEnum();
        RuleFor(r => r.Limit).InclusiveBetween(1, 100);
    }
}
