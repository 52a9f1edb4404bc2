namespace AdaptiveLearning.Application.Auth.External;

/// <summary><c>Auth:ExternalSignIn</c>: where the API may send a user back after signing in elsewhere.</summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "Auth:ExternalSignIn";

    /// <summary>Absolute URLs (an SPA's page, an app's custom-scheme URL) compared exactly, without the query we add.</summary>
    public string[] ReturnUrls { get; init; } = [];

    /// <summary>The API's public origin (and path base) for the callback URL the provider redirects to; by default the request's own.</summary>
    public string? CallbackBaseUrl { get; init; }

    public TimeSpan PendingLifetime { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromSeconds(60);

    /// <returns>The allow-list's own spelling of <paramref name="returnUrl"/>, or null when it is not on the list.</returns>
    public string? Allowed(string returnUrl) =>
        Uri.TryCreate(returnUrl, UriKind.Absolute, out var url) && url.Fragment.Length == 0
            ? ReturnUrls.FirstOrDefault(allowed => Uri.TryCreate(allowed, UriKind.Absolute, out var a)
                                                   && Uri.Compare(a, url, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.Ordinal) == 0)
            : null;
}
