using System.Net.Sockets;
using System.Text;
using AdaptiveLearning.Api.Features.Imports.StartImport;
using AdaptiveLearning.Api.Features.Users.GetMe;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>Statuses the web server itself produces, seen over a real socket (issue #14).</summary>
public sealed class KestrelErrorTests : TestBase
{
    private static ApiFactory _server = null!;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        _server = new ApiFactory();
        _server.UseKestrel(0);
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopKestrel() => await _server.DisposeAsync();

    [TestCase("/questions?q=")]
    [TestCase("/hierarchy/")]
    public async Task ALongUrlIsAProblemWithATraceId(string start)
    {
        var response = await _server.CreateClient().GetAsync(Api.Route(start) + new string('x', 20_000));

        await response.AssertProblemAsync(HttpStatusCode.RequestUriTooLong, "uri_too_long");
    }

    [Test]
    public async Task AnEmptyImportPostIsAnUnsupportedMediaTypeProblem()
    {
        var admin = Api.WithToken(_server.CreateClient(), (await Api.LoginAsync(TestEnvironment.AdminEmail, TestEnvironment.AdminPassword)).AccessToken);

        var response = await admin.PostAsync(Api.Route(StartImportRequest.Route), null);
        var anonymous = await _server.CreateClient().PostAsync(Api.Route(StartImportRequest.Route), null);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task UnknownRoutesAndMethodsAreProblemsWithoutAServerBanner()
    {
        var client = _server.CreateClient();

        var notFound = await client.GetAsync(Api.Route("/nothing-here"));
        var wrongMethod = await client.PutAsync(Api.Route(GetMeEndpoint.Route), null);

        await notFound.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await wrongMethod.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.That(notFound.Headers.Contains("Server"), Is.False, "no Server: Kestrel");
    }

    /// <summary>
    /// Kestrel refuses a NUL in the path while parsing the request line, before any application code runs,
    /// and that answer cannot be given a body in-process (aspnet/KestrelHttpServer#2947); a proxy in front can.
    /// This pins what it does: a 400 that leaks nothing, never a 500.
    /// </summary>
    [Test]
    public async Task ANulInThePathIsRefusedByTheServerWithoutDetail()
    {
        var raw = await RawAsync($"GET {Api.Route("/sessions/%00")} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.That(raw, Does.StartWith("HTTP/1.1 400 "));
        Assert.That(raw, Does.Not.Contain("Kestrel").And.Not.Contain("Exception"));
    }

    private static async Task<string> RawAsync(string request)
    {
        var address = _server.CreateClient().BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }
}
