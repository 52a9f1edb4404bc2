using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>
/// The test server has no remote address; a test names the client it plays with this header, so
/// per-client limits can tell an attacker from the owner.
/// </summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
                http.Connection.RemoteIpAddress = address;
            return nextMiddleware(http);
        });
        next(app);
    };

    public static HttpClient From(string address, ApiFactory? factory = null)
    {
        var client = Api.Anonymous(factory);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
