using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>The rules every new key obeys, whether created or issued by a rotation.</summary>
internal static class KeyIssuing
{
    /// <exception cref="ProblemException"><c>validation_failed</c> on <c>expiresAt</c> or <c>scopes</c>; <c>conflict</c> for a deactivated account.</exception>
    public static StoredApiKey NewKey(ServiceAccount account, string name, IReadOnlyList<ApiScope>? scopes, DateTimeOffset expiresAt,
        DateTimeOffset now, ServiceAccountOptions options, out string key)
    {
        if (!account.Active)
            throw new ProblemException(Problems.Conflict, "The service account is deactivated; reactivate it before issuing keys.");
        if (expiresAt <= now)
            throw ProblemException.Field("expiresAt", "The expiry must be in the future.");
        if (expiresAt > now.AddDays(options.MaxKeyLifetimeDays))
            throw ProblemException.Field("expiresAt", $"A key may live at most {options.MaxKeyLifetimeDays} days.");
        var granted = scopes ?? account.Scopes;
        if (granted.Count == 0 || granted.Except(account.Scopes).Any())
            throw ProblemException.Field("scopes", $"Choose one or more of the service account's scopes: {ApiScopes.Format(account.Scopes)}.");
        var id = Guid.NewGuid();
        (key, var hash) = ApiKeySecret.Issue(id);
        return new StoredApiKey(id, account.Id, name, hash, ApiScopes.Parse(ApiScopes.Format(granted)), now, expiresAt, null, null, null);
    }
}
