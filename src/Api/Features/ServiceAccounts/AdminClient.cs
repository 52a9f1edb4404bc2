namespace AdaptiveLearning.Api.Features.ServiceAccounts;

internal static class AdminClient
{
    /// <summary>The acting admin's address, for the audit log.</summary>
    public static string? Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
