namespace AdaptiveLearning.Api.Security;

internal static class ClientAddress
{
    /// <summary>Who is asking, as the login throttle counts clients (ADR 0003): the connection's address.</summary>
    public static string ClientAddressOrUnknown(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
