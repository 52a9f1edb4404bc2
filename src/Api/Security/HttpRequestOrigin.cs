using AdaptiveLearning.Application.Auth;

namespace AdaptiveLearning.Api.Security;

internal sealed class HttpRequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    public string? UserAgent => accessor.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;
    public string? Client => accessor.HttpContext is { } http ? ClientOf(http) : null;

    /// <summary>The caller's address as throttles and the audit log name it.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
