using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts.AuthenticateApiKey;

/// <summary>The outcome of presenting a key: the caller it speaks for, or why it was refused and what to audit.</summary>
/// <param name="Scopes">What the call may do: the key's scopes.</param>
public sealed record ApiKeyCheck(Guid ServiceAccountId, Guid KeyId, IReadOnlyList<ApiScope> Scopes, Problem? Failure, AuditEntry? FailureAudit)
{
    public bool Succeeded => Failure is null;

    public static ApiKeyCheck Refused(Problem failure, AuditEntry audit) => new(Guid.Empty, Guid.Empty, [], failure, audit);
}
