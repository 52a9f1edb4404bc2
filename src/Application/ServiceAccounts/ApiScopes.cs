using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Scope sets as they are stored: their wire names separated by spaces, in enum order.</summary>
public static class ApiScopes
{
    public static string Format(IEnumerable<ApiScope> scopes) => string.Join(' ', scopes.Distinct().Order().Select(WireNames.Of));

    public static IReadOnlyList<ApiScope> Parse(string stored) =>
        stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WireNames.Parse<ApiScope>).Distinct().Order().ToArray();
}
