namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Answers the first few requests of one method with 503, as a briefly overloaded proxy would, and counts attempts.</summary>
internal sealed class FailFirstHandler(HttpMethod method, int failures)
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public HttpMessageHandler Wrap(HttpMessageHandler inner) => new Handler(this, inner);

    private sealed class Handler(FailFirstHandler owner, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            request.Method == owner.Method() && Interlocked.Increment(ref owner._attempts) <= owner.Failures()
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request })
                : base.SendAsync(request, ct);
    }

    private HttpMethod Method() => method;

    private int Failures() => failures;
}
