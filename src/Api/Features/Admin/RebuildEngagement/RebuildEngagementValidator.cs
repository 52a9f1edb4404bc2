using AdaptiveLearning.Application.Admin.RebuildEngagement;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin.RebuildEngagement;

internal sealed class RebuildEngagementValidator : Validator<RebuildEngagementRequest>
{
    public RebuildEngagementValidator() => RuleFor(r => r.Limit).InclusiveBetween(1, RebuildEngagementCommand.MaxLimit);
}
