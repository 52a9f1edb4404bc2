namespace AdaptiveLearning.Api.Features.Badges;

/// <summary>Addresses one badge definition.</summary>
public sealed class BadgeRequest
{
    public const string Route = "/admin/badges/{key}";

    public static string For(string key) => Route.Replace("{key}", Uri.EscapeDataString(key));

    public string Key { get; init; } = "";
}
