using System.ComponentModel;
using AdaptiveLearning.Application.Admin.RebuildEngagement;

namespace AdaptiveLearning.Api.Features.Admin.RebuildEngagement;

public sealed class RebuildEngagementRequest
{
    public const string Route = "/admin/engagement/rebuild";

    /// <summary>Check only this learner.</summary>
    public Guid? UserId { get; init; }
    /// <summary>Continue after this account id: the previous report's <c>nextAfter</c>.</summary>
    public Guid? After { get; init; }
    /// <summary>Learners per call, 1-500.</summary>
    [DefaultValue(RebuildEngagementCommand.DefaultLimit)]
    public int? Limit { get; init; }
}
