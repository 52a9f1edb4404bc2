using AdaptiveLearning.Application.ServiceAccounts;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateServiceAccount;

public sealed class CreateServiceAccountRequest
{
    public const string Route = ServiceAccountRequest.Collection;

    /// <summary>What the integration is, such as "LMS sync".</summary>
    public string Name { get; init; } = "";
    /// <summary>Who runs it and why, for the admins who come after you.</summary>
    public string? Description { get; init; }
    /// <summary>The most its keys may do: content_read, content_write, imports and/or webhooks.</summary>
    public IReadOnlyList<ApiScope> Scopes { get; init; } = [];
}
